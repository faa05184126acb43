package org.govsite.secops;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.govsite.platform.RuleViolation;
import org.govsite.test.OfficeFiles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The emergency plan's document is a PDF or a docx by its content, whatever its name, within the size limit. */
class PlanDocumentTests {

	@Test
	void aPdfAndAWordFileAreKeptWithTheirChecksum() throws IOException {
		byte[] pdf = OfficeFiles.pdf("Emergency plan");
		PlanDocument kept = PlanDocument.of("C:\\预案\\网站安全事件应急预案.pdf", pdf);
		assertThat(kept.name()).isEqualTo("网站安全事件应急预案.pdf");
		assertThat(kept.contentType()).isEqualTo("application/pdf");
		assertThat(kept.sha256()).hasSize(64);
		assertThat(kept.intact()).isTrue();

		PlanDocument word = PlanDocument.of("预案.docx", OfficeFiles.docx("应急预案"));
		assertThat(word.contentType()).isEqualTo(PlanDocument.DOCX);
		assertThat(word.name()).isEqualTo("预案.docx");
	}

	@Test
	void theTypeComesFromTheContentNotTheName() throws IOException {
		assertThat(PlanDocument.of("预案.pdf", OfficeFiles.docx("应急预案")).name()).as("a Word file named .pdf").isEqualTo("预案.docx");
		assertThatThrownBy(() -> PlanDocument.of("预案.pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(RuleViolation.class).hasMessage("secops.plan.document.type");
		assertThatThrownBy(() -> PlanDocument.of("预案.docx", zip("xl/workbook.xml")))
			.as("a zip that is no Word document").isInstanceOf(RuleViolation.class).hasMessage("secops.plan.document.type");
		assertThatThrownBy(() -> PlanDocument.of("表格.docx", OfficeFiles.xlsx("a"))).isInstanceOf(RuleViolation.class);
	}

	@Test
	void anEmptyOrTooLargeFileIsRefused() throws IOException {
		assertThatThrownBy(() -> PlanDocument.of("预案.pdf", new byte[0])).hasMessageStartingWith("secops.plan.document.size");
		byte[] large = new byte[(int) PlanDocument.MAX_SIZE + 1];
		byte[] pdf = OfficeFiles.pdf("x");
		System.arraycopy(pdf, 0, large, 0, pdf.length);
		assertThatThrownBy(() -> PlanDocument.of("预案.pdf", large)).hasMessageStartingWith("secops.plan.document.size");
	}

	@Test
	void aChangedDocumentIsNoLongerIntact() throws IOException {
		PlanDocument kept = PlanDocument.of("预案.pdf", OfficeFiles.pdf("Emergency plan"));
		byte[] changed = kept.content().clone();
		changed[changed.length - 2] ^= 1;
		assertThat(new PlanDocument(kept.name(), kept.contentType(), changed, kept.sha256()).intact()).isFalse();
	}

	private static byte[] zip(String entry) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry(entry));
			zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}
}
