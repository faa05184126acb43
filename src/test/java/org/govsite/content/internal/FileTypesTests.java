package org.govsite.content.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Uploads are typed by their content, never by their name. */
public class FileTypesTests {

	/** A 1×1 PNG. */
	public static final byte[] PNG = Base64.getDecoder().decode(
			"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==");

	/** The start of a Windows executable. */
	public static final byte[] EXE = bytes("MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004\u0000\u0000\u0000\u00ff\u00ff\u0000\u0000"
			+ "\u00b8\u0000\u0000\u0000\u0000\u0000\u0000\u0000@\u0000\u0000\u0000\u0000\u0000\u0000\u0000"
			+ "\u0000".repeat(28) + "\u0080\u0000\u0000\u0000PE\u0000\u0000");

	final FileTypes types = new FileTypes();

	@Test
	void aPngNamedPdfIsAPng() {
		FileTypes.Detected detected = types.detect(PNG, "通知.pdf");

		assertThat(detected.mediaType()).isEqualTo("image/png");
		assertThat(detected.accepted()).isTrue();
	}

	@Test
	void anExecutableNamedJpgIsRefused() {
		FileTypes.Detected detected = types.detect(EXE, "照片.jpg");

		assertThat(detected.accepted()).isFalse();
		assertThat(detected.mediaType()).isNotEqualTo("image/jpeg");
	}

	@Test
	void aPageOrAScriptIsRefusedWhateverItsName() {
		assertThat(types.detect(bytes("<!DOCTYPE html><html><script>alert(1)</script></html>"), "a.pdf").accepted()).isFalse();
		assertThat(types.detect(bytes("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"), "a.png").accepted())
			.isFalse();
		assertThat(types.detect(bytes("#!/bin/sh\nrm -rf /\n"), "a.doc").accepted()).isFalse();
	}

	@Test
	void aPdfIsAPdf() {
		assertThat(types.detect(bytes("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n"), "文件").mediaType()).isEqualTo("application/pdf");
	}

	@Test
	void aZipIsAcceptedOnlyWithHarmlessEntries() throws IOException {
		assertThat(types.detect(zip("表格.pdf"), "材料.zip").mediaType()).isEqualTo("application/zip");
		assertThat(types.detect(zip("setup.exe"), "材料.zip").accepted()).isFalse();
	}

	@Test
	void aDocxIsKnownByItsParts() throws IOException {
		assertThat(types.detect(zip("[Content_Types].xml", "word/document.xml"), "x.bin").mediaType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
	}

	static byte[] zip(String... names) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (String name : names) {
				zip.putNextEntry(new ZipEntry(name));
				zip.write(bytes("content"));
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}
}
