package org.govsite.publish.internal;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * The QR code that opens a page on a phone, as inline SVG: one path of dark modules, so the page
 * stays one file and prints sharply.
 */
public final class QrCode {

	/**
	 * A fixed mask pattern spares the encoder trying all eight and scoring each, which is most of
	 * its work; any mask scans. Level L (7 % recovery) suits a code read off a clean screen or
	 * print, and keeps it small and quick to compute.
	 */
	private static final Map<EncodeHintType, Object> HINTS = Map.of(EncodeHintType.MARGIN, 2,
			EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.L, EncodeHintType.CHARACTER_SET, "UTF-8",
			EncodeHintType.QR_MASK_PATTERN, 2);

	private QrCode() {
	}

	/** An {@code <svg>} element for the text, labelled for screen readers. */
	public static String svg(String text, String label) {
		BitMatrix matrix;
		try {
			matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, HINTS);
		}
		catch (WriterException e) {
			throw new IllegalArgumentException("Cannot encode a QR code for " + text, e);
		}
		int width = matrix.getWidth();
		int height = matrix.getHeight();
		StringBuilder path = new StringBuilder(width * height / 2);
		for (int y = 0; y < height; y++) {
			int x = 0;
			while (x < width) {
				if (!matrix.get(x, y)) {
					x++;
					continue;
				}
				int start = x;
				while (x < width && matrix.get(x, y)) {
					x++;
				}
				path.append('M').append(start).append(' ').append(y).append('h').append(x - start).append("v1h-")
					.append(x - start).append('z');
			}
		}
		return "<svg class=\"gs-qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width + " " + height
				+ "\" role=\"img\" aria-label=\"" + Html.escape(label) + "\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
				+ "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
	}
}
