package org.govsite.publish.internal;

import java.util.Map;
import java.util.Random;

import com.google.zxing.EncodeHintType;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The publisher's own QR encoder draws, module for module, what zxing's encoder draws with the same settings. */
class QrMatrixTests {

	private static final Map<EncodeHintType, Object> HINTS = Map.of(EncodeHintType.CHARACTER_SET, "UTF-8",
			EncodeHintType.QR_MASK_PATTERN, 2);

	private static final String CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789-_./?=&%#ABCXYZ政务公开示例县繁體";

	@Test
	void drawsZxingsModulesForAddressesOfEveryLengthUpToVersion40() throws Exception {
		Random random = new Random(23);
		int compared = 0;
		// lengths through every version's capacity at level L (version 40 holds 2,953 bytes)
		for (int length = 1; length <= 2_950; length += length < 300 ? 1 : 37) {
			StringBuilder text = new StringBuilder("https://");
			while (text.length() < length) {
				text.append(CHARACTERS.charAt(random.nextInt(CHARACTERS.length())));
			}
			String address = text.toString();
			if (address.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 2_940) {
				continue;
			}
			assertThat(QrMatrix.encode(address)).as(address).isDeepEqualTo(zxing(address));
			compared++;
		}
		assertThat(compared).isGreaterThan(300);
	}

	@Test
	void theBenchsAndTheFixturesAddresses() throws Exception {
		for (String address : new String[] { "https://www.example.gov.cn/art/12/t12345.html",
				"https://www.example.gov.cn/zh-hant/art/2026/1/t1999.html", "https://示例县.政务/art/1/t1000.html", "x", "" }) {
			assertThat(QrMatrix.encode(address)).as(address).isDeepEqualTo(zxing(address));
		}
	}

	@Test
	void leavesToZxingWhatItEncodesInAnotherMode() {
		assertThat(QrMatrix.encode("HTTPS://EXAMPLE.GOV.CN/1")).isNull();
		assertThat(QrMatrix.encode("12345")).isNull();
		assertThat(QrCode.svg("HTTPS://EXAMPLE.GOV.CN/1", "二维码")).contains("<path");
	}

	@Test
	void leavesToZxingATextTooLongForAnyCode() {
		assertThat(QrMatrix.encode("a".repeat(3_000))).isNull();
	}

	private static byte[][] zxing(String text) throws Exception {
		return Encoder.encode(text, ErrorCorrectionLevel.L, HINTS).getMatrix().getArray();
	}
}
