package org.govsite.publish.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.jspecify.annotations.Nullable;

/**
 * The pictures of published pages: their size, read once from the file's header, so that each
 * {@code <img>} carries width and height (the browser keeps the place and the page does not shift),
 * and the narrower renditions made at publish for {@code srcset}. A rendition is named after the
 * original's digest and its width ({@code files/<sha256>-480w.jpg}): the same picture always gives
 * the same names, and a changed picture new ones.
 */
public final class Pictures {

	/** The widths of the renditions, made only when the original is wider. */
	static final List<Integer> WIDTHS = List.of(480, 960);

	/** No sizes known: pages without width, height or srcset (previews, samples). */
	public static final Pictures NONE = new Pictures(id -> null);

	private static final Pattern RENDITION = Pattern.compile("(files/[0-9a-f]{64})-(\\d{1,5})w\\.(jpg|png)");

	private static final Pattern ORIGINAL = Pattern.compile("(.*files/[0-9a-f]{64})\\.(jpg|png|gif|webp)");

	private final LongFunction<@Nullable InputStream> open;

	private final Map<Long, Optional<Size>> sizes = new ConcurrentHashMap<>();

	/** Pictures read through {@code open} (an attachment's bytes by its id). */
	public Pictures(LongFunction<@Nullable InputStream> open) {
		this.open = open;
	}

	/** A picture's size in pixels. */
	public record Size(int width, int height) {
	}

	/** The size of the attachment's picture, or null if it is no picture this JVM can read. */
	public @Nullable Size sizeOf(long attachmentId) {
		return sizes.computeIfAbsent(attachmentId, id -> Optional.ofNullable(read(id))).orElse(null);
	}

	private @Nullable Size read(long attachmentId) {
		try (InputStream in = open.apply(attachmentId)) {
			return in == null ? null : size(in);
		}
		catch (IOException | RuntimeException e) {
			// an unreadable picture is still published, only without its size
			return null;
		}
	}

	/** The size from a picture's header, without decoding it; null if no reader knows the format. */
	static @Nullable Size size(InputStream in) throws IOException {
		try (ImageInputStream image = ImageIO.createImageInputStream(in)) {
			Iterator<ImageReader> readers = image == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(image);
			if (!readers.hasNext()) {
				return null;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(image, true, true);
				return new Size(reader.getWidth(0), reader.getHeight(0));
			}
			finally {
				reader.dispose();
			}
		}
	}

	/**
	 * The renditions of a picture published at {@code path}, narrowest first: width to path. Only
	 * JPEG and PNG, the formats ImageIO writes, and only those narrower than the original.
	 */
	static List<Rendition> renditions(String path, Size size) {
		Matcher matcher = ORIGINAL.matcher(path);
		if (!matcher.matches() || !(matcher.group(2).equals("jpg") || matcher.group(2).equals("png"))) {
			return List.of();
		}
		List<Rendition> renditions = new ArrayList<>();
		for (int width : WIDTHS) {
			if (width < size.width()) {
				renditions.add(new Rendition(width, matcher.group(1) + "-" + width + "w." + matcher.group(2)));
			}
		}
		return renditions;
	}

	/** A narrower copy of a picture and where it is published. */
	record Rendition(int width, String path) {
	}

	/** What a document page shows at most: the width of its column ({@code .gs-doc}). */
	static final String SIZES = "(max-width: 900px) 100vw, 900px";

	private static final Pattern IMG = Pattern.compile("<img\\b[^>]*>");

	private static final Pattern ATTACHMENT_SRC = Pattern.compile("\\ssrc=\"attachment:(\\d{1,18})\"");

	/**
	 * A picture of a page: its size and renditions, if known; the renditions' paths are added to
	 * {@code files} (site path to attachment id) so that the run publishes them.
	 */
	Views.Picture picture(long attachmentId, String path, String alt, Links links, Map<String, Long> files) {
		return picture(attachmentId, path, alt, links, files, SIZES);
	}

	/** The same for a picture shown at {@code sizes} (a carousel's slide, a topic's banner). */
	Views.Picture picture(long attachmentId, String path, String alt, Links links, Map<String, Long> files, String sizes) {
		files.put(path, attachmentId);
		Size size = sizeOf(attachmentId);
		if (size == null) {
			return new Views.Picture(links.to(path), alt, null, null, null, null);
		}
		String srcset = srcset(attachmentId, path, size, links, files);
		return new Views.Picture(links.to(path), alt, size.width(), size.height(), srcset, srcset == null ? null : sizes);
	}

	/** A picture as wide as the page's content at most: the home page's carousel and banners. */
	static final String WIDE = "(max-width: 1200px) 100vw, 1168px";

	/**
	 * The body with width and height on each picture of an attachment whose size is known (unless
	 * the editor gave a width or height), and its renditions in {@code srcset}; {@code fileOf} gives
	 * an attachment's site path. The {@code attachment:<id>} sources themselves stay for the caller.
	 */
	String sized(String body, Function<Long, String> fileOf, Links links, Map<String, Long> files) {
		if (!body.contains("<img")) {
			return body;
		}
		Matcher tags = IMG.matcher(body);
		StringBuilder out = new StringBuilder(body.length() + 256);
		while (tags.find()) {
			String tag = tags.group();
			Matcher src = ATTACHMENT_SRC.matcher(tag);
			Size size = src.find() ? sizeOf(Long.parseLong(src.group(1))) : null;
			if (size != null && !tag.contains(" width=") && !tag.contains(" height=") && !tag.contains(" srcset=")) {
				long id = Long.parseLong(src.group(1));
				StringBuilder extra = new StringBuilder(" width=\"" + size.width() + "\" height=\"" + size.height() + "\"");
				String srcset = srcset(id, fileOf.apply(id), size, links, files);
				if (srcset != null) {
					extra.append(" srcset=\"").append(srcset).append("\" sizes=\"").append(SIZES).append('"');
				}
				int end = tag.endsWith("/>") ? tag.length() - 2 : tag.length() - 1;
				tag = tag.substring(0, end).stripTrailing() + extra + tag.substring(end);
			}
			tags.appendReplacement(out, Matcher.quoteReplacement(tag));
		}
		tags.appendTail(out);
		return out.toString();
	}

	private static @Nullable String srcset(long attachmentId, String path, Size size, Links links, Map<String, Long> files) {
		List<Rendition> renditions = renditions(path, size);
		if (renditions.isEmpty()) {
			return null;
		}
		StringBuilder srcset = new StringBuilder();
		for (Rendition rendition : renditions) {
			files.put(rendition.path(), attachmentId);
			srcset.append(links.to(rendition.path())).append(' ').append(rendition.width()).append("w, ");
		}
		return srcset.append(links.to(path)).append(' ').append(size.width()).append('w').toString();
	}

	/** The width of the rendition at a site path, or null if the path is none. */
	static @Nullable Integer renditionWidth(String path) {
		Matcher matcher = RENDITION.matcher(path);
		return matcher.matches() ? Integer.valueOf(matcher.group(2)) : null;
	}

	/** The picture scaled down to {@code width}, in the format its path names. */
	static byte[] scale(InputStream in, int width, String path) {
		try {
			BufferedImage original = ImageIO.read(in);
			if (original == null) {
				throw new IOException("not a picture");
			}
			int height = Math.max(1, Math.round((float) original.getHeight() * width / original.getWidth()));
			boolean png = path.endsWith(".png");
			BufferedImage scaled = new BufferedImage(width, height,
					png ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
			Graphics2D g = scaled.createGraphics();
			try {
				g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
				g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
				g.drawImage(original, 0, 0, width, height, null);
			}
			finally {
				g.dispose();
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(scaled, png ? "png" : "jpg", out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not scale " + path, e);
		}
	}
}
