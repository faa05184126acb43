package org.govsite.publish.internal;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.Decoder;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The QR code on a page, read back module by module, gives the page's address. */
class QrCodeTests {

	private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");

	private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\d+z");

	private static final int MARGIN = 2;

	@Test
	void scansToThePagesAddress() throws Exception {
		String url = "https://www.example.gov.cn/art/12/t12345.html";
		String svg = QrCode.svg(url, "本页二维码");

		assertThat(new Decoder().decode(modules(svg)).getText()).isEqualTo(url);
		assertThat(svg).contains("role=\"img\"").contains("aria-label=\"本页二维码\"");
	}

	@Test
	void aChineseAddressScansToo() throws Exception {
		String url = "https://示例县.政务/art/1/t1000.html";
		assertThat(new Decoder().decode(modules(QrCode.svg(url, "二维码"))).getText()).isEqualTo(url);
	}

	@Test
	void drawsTheModulesZxingsWriterDrawsWithItsQuietZone() throws Exception {
		String url = "https://www.example.gov.cn/zh-hant/art/2026/1/t1999.html";
		BitMatrix written = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, MARGIN,
				EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.L, EncodeHintType.CHARACTER_SET, "UTF-8",
				EncodeHintType.QR_MASK_PATTERN, 2));
		String svg = QrCode.svg(url, "二维码");

		assertThat(svg).contains("viewBox=\"0 0 " + written.getWidth() + " " + written.getHeight() + "\"");
		BitMatrix drawn = modules(svg);
		for (int y = 0; y < drawn.getHeight(); y++) {
			for (int x = 0; x < drawn.getWidth(); x++) {
				assertThat(drawn.get(x, y)).as("module %d,%d", x, y).isEqualTo(written.get(x + MARGIN, y + MARGIN));
			}
		}
	}

	/** The dark modules the SVG's path draws, without the quiet zone around them. */
	static BitMatrix modules(String svg) {
		Matcher box = VIEW_BOX.matcher(svg);
		assertThat(box.find()).isTrue();
		int size = Integer.parseInt(box.group(1)) - 2 * MARGIN;
		BitMatrix matrix = new BitMatrix(size);
		Matcher run = RUN.matcher(svg);
		while (run.find()) {
			int x = Integer.parseInt(run.group(1)) - MARGIN;
			int y = Integer.parseInt(run.group(2)) - MARGIN;
			matrix.setRegion(x, y, Integer.parseInt(run.group(3)), 1);
		}
		return matrix;
	}
}
