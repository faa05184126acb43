package org.govsite.migration;

import java.util.List;

import org.govsite.content.WordDocument;
import org.jspecify.annotations.Nullable;

/**
 * One document of a bulk import as the file gives it, before it is checked.
 *
 * @param line where it stands: its line, row or file name, for the errors
 * @param title 标题
 * @param body 正文, HTML or plain text
 * @param channel 栏目: its code or its name on the site
 * @param date 发布日期, yyyy-MM-dd
 * @param source 来源
 * @param author 作者
 * @param pictures a Word file's pictures, which its body shows as {@code picture:<n>}
 * @param skippedPictures a Word file's pictures left out, with the reason
 */
public record BulkRow(String line, @Nullable String title, @Nullable String body, @Nullable String channel,
		@Nullable String date, @Nullable String source, @Nullable String author, List<WordDocument.Picture> pictures,
		List<String> skippedPictures) {

	public BulkRow {
		pictures = List.copyOf(pictures);
		skippedPictures = List.copyOf(skippedPictures);
	}

	/** A row without pictures. */
	public BulkRow(String line, @Nullable String title, @Nullable String body, @Nullable String channel,
			@Nullable String date, @Nullable String source, @Nullable String author) {
		this(line, title, body, channel, date, source, author, List.of(), List.of());
	}
}
