package org.govsite.demo.internal;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

import javax.imageio.ImageIO;

/**
 * Pictures for the demo's picture news, drawn rather than shipped: a county scene (sky, hills,
 * buildings) in the palette of a season. No text in them, so no font is needed on the server.
 */
final class DemoPictures {

	private static final Color[][] SEASONS = {
			{ new Color(0x8EC5FC), new Color(0xE0F2FE), new Color(0x4D7C0F), new Color(0x65A30D) },
			{ new Color(0xFDBA74), new Color(0xFEF3C7), new Color(0x92400E), new Color(0xB45309) },
			{ new Color(0x7DD3FC), new Color(0xF0F9FF), new Color(0x166534), new Color(0x15803D) },
			{ new Color(0xC4B5FD), new Color(0xF5F3FF), new Color(0x1E3A8A), new Color(0x1D4ED8) } };

	private DemoPictures() {
	}

	/** A 1200×300 JPEG banner for a special topic: the middle of a scene, enlarged. */
	static byte[] banner(int seed) {
		try {
			BufferedImage scene = ImageIO.read(new java.io.ByteArrayInputStream(scene(seed)));
			BufferedImage banner = new BufferedImage(1200, 300, BufferedImage.TYPE_INT_RGB);
			Graphics2D g = banner.createGraphics();
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.drawImage(scene, 0, -240, 1200, 675, null);
			g.dispose();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(banner, "jpg", out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** An 800×450 JPEG, different for each seed. */
	static byte[] scene(int seed) {
		Random random = new Random(seed);
		Color[] palette = SEASONS[seed % SEASONS.length];
		BufferedImage image = new BufferedImage(800, 450, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setPaint(new GradientPaint(0, 0, palette[0], 0, 300, palette[1]));
		g.fillRect(0, 0, 800, 450);
		g.setColor(new Color(255, 250, 220));
		g.fillOval(560 + random.nextInt(120), 40 + random.nextInt(40), 70, 70);
		for (int layer = 0; layer < 2; layer++) {
			g.setColor(layer == 0 ? palette[2] : palette[3]);
			int[] xs = new int[12];
			int[] ys = new int[12];
			for (int i = 0; i < 10; i++) {
				xs[i] = i * 90;
				ys[i] = 250 + layer * 40 + random.nextInt(60);
			}
			xs[10] = 800;
			ys[10] = 450;
			xs[11] = 0;
			ys[11] = 450;
			g.fillPolygon(xs, ys, 12);
		}
		for (int i = 0; i < 7; i++) {
			int width = 40 + random.nextInt(50);
			int height = 60 + random.nextInt(110);
			int x = 60 + i * 100 + random.nextInt(30);
			g.setColor(new Color(230 - i * 8, 232 - i * 6, 238));
			g.fillRect(x, 420 - height, width, height);
			g.setColor(new Color(120, 140, 170));
			for (int wy = 430 - height; wy < 405; wy += 18) {
				for (int wx = x + 6; wx < x + width - 8; wx += 14) {
					g.fillRect(wx, wy, 7, 9);
				}
			}
		}
		g.dispose();
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "jpg", out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
