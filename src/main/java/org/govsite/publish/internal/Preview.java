package org.govsite.publish.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

import org.govsite.content.AttachmentRef;
import org.govsite.content.ContentCatalog;
import org.govsite.content.PlacementView;
import org.govsite.content.PublishedDocument;
import org.govsite.publish.PreviewFile;

/**
 * A document's page as it would be published, for the staff who review it: rendered in memory
 * with the site's theme, its relative links pointed at the console's preview address.
 */
public final class Preview {

	private static final String BODY_FILE = PageAddresses.FILES + "id-";

	private Preview() {
	}

	public static String render(SitePublisher publisher, Themes themes, ContentCatalog catalog, PublishedDocument draft,
			String base) {
		// the preview serves the theme's files only: the site's own icon is made at publish
		SiteContext published = publisher.context(draft.siteId());
		SiteContext site = published.withAssets(published.assets().withIcon(published.assets().emblem()));
		PageBuilder builder = new PageBuilder(themes.forSite(draft.siteId()), site);
		Long primary = catalog.placements(draft.id()).stream()
			.filter(placement -> placement.siteId() == draft.siteId())
			.map(PlacementView::channelId)
			.filter(site.channels()::containsKey)
			.findFirst()
			.orElse(null);
		Page page = builder.document(draft, primary == null ? null : site.channels().get(primary), related -> null,
				id -> BODY_FILE + id, true);
		String folder = page.path().substring(0, page.path().lastIndexOf('/') + 1);
		// a reader of the preview must not take it for the published page, nor its date for a release date
		String banner = "<p class=\"gs-preview-banner\" role=\"note\"><strong>" + Html.escape(PageText.text("page.preview.banner"))
				+ "</strong></p>";
		return page.content()
			.replaceFirst("<head>", "<head><base href=\"" + Html.escape(base + folder) + "\">")
			.replaceFirst("(<body[^>]*>)", "$1" + java.util.regex.Matcher.quoteReplacement(banner));
	}

	public static Optional<PreviewFile> file(Themes themes, ContentCatalog catalog, PublishedDocument draft, String path) {
		if (path.startsWith(PageAddresses.ASSETS)) {
			byte[] content = themes.assets().files().get(path);
			return Optional.ofNullable(content).map(bytes -> new PreviewFile(bytes, mediaType(path)));
		}
		if (path.startsWith(BODY_FILE)) {
			String id = path.substring(BODY_FILE.length());
			if (id.matches("\\d{1,18}") && draft.body().contains("attachment:" + id + "\"")) {
				return Optional.of(new PreviewFile(read(catalog, Long.parseLong(id)), "application/octet-stream"));
			}
			return Optional.empty();
		}
		java.util.List<AttachmentRef> files = new java.util.ArrayList<>(draft.attachments());
		if (draft.cover() != null) {
			files.add(draft.cover());
		}
		return files.stream()
			.filter(file -> PageAddresses.file(file).equals(path))
			.findFirst()
			.map(file -> new PreviewFile(read(catalog, file.id()), file.mediaType()));
	}

	private static byte[] read(ContentCatalog catalog, long attachmentId) {
		try (InputStream in = catalog.openAttachment(attachmentId)) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String mediaType(String path) {
		return ContentTypes.of(path);
	}
}
