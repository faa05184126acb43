package org.govsite.publish.internal;

import java.util.Map;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;

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
	private static final Map<EncodeHintType, Object> HINTS = Map.of(EncodeHintType.CHARACTER_SET, "UTF-8",
			EncodeHintType.QR_MASK_PATTERN, 2);

	/** The quiet zone around the code, in modules. */
	private static final int MARGIN = 2;

	private QrCode() {
	}

	/** An {@code <svg>} element for the text, labelled for screen readers. */
	public static String svg(String text, String label) {
		byte[][] rows = QrMatrix.encode(text);
		if (rows == null) {
			rows = zxing(text);
		}
		int size = rows.length;
		int width = size + 2 * MARGIN;
		int height = width;
		// one builder for the whole element: the path is most of it, and is not copied again
		StringBuilder svg = new StringBuilder(512 + size * size * 4).append("<svg class=\"gs-qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
			.append(width).append(' ').append(height).append("\" role=\"img\" aria-label=\"").append(Html.escape(label))
			.append("\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"");
		for (int y = 0; y < size; y++) {
			byte[] row = rows[y];
			int x = 0;
			while (x < size) {
				if (row[x] != 1) {
					x++;
					continue;
				}
				int start = x;
				while (x < size && row[x] == 1) {
					x++;
				}
				svg.append('M').append(start + MARGIN).append(' ').append(y + MARGIN).append('h').append(x - start)
					.append("v1h-").append(x - start).append('z');
			}
		}
		return svg.append("\"/></svg>").toString();
	}

	/** zxing's encoder, for a text of digits and capitals only (another mode) or too long for a code. */
	private static byte[][] zxing(String text) {
		try {
			// the encoder's own matrix, one byte a module: drawing it into zxing's BitMatrix first
			// (what QRCodeWriter does) only copies it
			return Encoder.encode(text, ErrorCorrectionLevel.L, HINTS).getMatrix().getArray();
		}
		catch (WriterException e) {
			throw new IllegalArgumentException("Cannot encode a QR code for " + text, e);
		}
	}
}
