package org.govsite.content.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.govsite.channel.ChannelDirectory;
import org.govsite.channel.ChannelView;
import org.govsite.content.AttachmentRef;
import org.govsite.content.ContentImport;
import org.govsite.content.ContentRuleViolation;
import org.govsite.content.DisclosureMetadata;
import org.govsite.content.DocumentContent;
import org.govsite.content.DocumentState;
import org.govsite.content.HistoryAction;
import org.govsite.content.ImportedDocument;
import org.govsite.content.WordDocument;
import org.govsite.platform.NotFound;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link ContentImport}: ids taken from the sequences up front, then one batched insert per table
 * (documents, history, versions, 索引号, placements), so that 100,000 documents take seconds.
 */
@Component
class BulkImport implements ContentImport {

	private final JdbcTemplate jdbcTemplate;

	private final JdbcClient jdbc;

	private final HtmlSanitizer sanitizer;

	private final ChannelDirectory channels;

	private final ContentStore store;

	private final Attachments attachments;

	private final Clock clock;

	private final Replacements replacements;

	private final ReviewPolicies policies;

	private final org.springframework.context.MessageSource messages;

	private static final java.util.regex.Pattern PICTURE = java.util.regex.Pattern.compile("<img src=\"picture:(\\d+)\"([^>]*)>");

	BulkImport(JdbcTemplate jdbcTemplate, JdbcClient jdbc, HtmlSanitizer sanitizer, ChannelDirectory channels,
			ContentStore store, Attachments attachments, Clock clock, Replacements replacements, ReviewPolicies policies,
			org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.policies = policies;
		this.replacements = replacements;
		this.attachments = attachments;
		this.jdbcTemplate = jdbcTemplate;
		this.jdbc = jdbc;
		this.sanitizer = sanitizer;
		this.channels = channels;
		this.store = store;
		this.clock = clock;
	}

	@Override
	@Transactional
	public List<Long> importPublished(long siteId, List<ImportedDocument> documents) {
		return insert(siteId, documents, true);
	}

	@Override
	@Transactional
	public List<Long> importForReview(long siteId, List<ImportedDocument> documents) {
		return insert(siteId, documents, false);
	}

	/**
	 * Live: published at its date, placements showing. Else submitted (审核中 at level 1, with the
	 * levels its channels ask for), its date kept as the display date and put on record as 倒签
	 * like an editor's (SPEC.md §9), its placements waiting for the release.
	 */
	private List<Long> insert(long siteId, List<ImportedDocument> documents, boolean live) {
		if (documents.isEmpty()) {
			return List.of();
		}
		List<Long> ids = ids("content_document", documents.size());
		List<Long> versionIds = ids("content_version", documents.size());
		java.util.Map<Long, Long> siteOfChannel = new java.util.HashMap<>();
		List<Object[]> docs = new ArrayList<>();
		List<Object[]> history = new ArrayList<>();
		List<Object[]> versions = new ArrayList<>();
		List<Object[]> indexNumbers = new ArrayList<>();
		List<Object[]> placements = new ArrayList<>();
		List<Object[]> files = new ArrayList<>();
		List<Object[]> bound = new ArrayList<>();
		Timestamp now = Timestamp.from(clock.instant());
		for (int i = 0; i < documents.size(); i++) {
			ImportedDocument document = documents.get(i);
			DocumentContent content = ContentRules.check(document.type(), document.content(), clock.instant());
			long id = ids.get(i);
			Timestamp published = Timestamp.from(document.publishedAt());
			if (live) {
				docs.add(new Object[] { id, siteId, document.type().name(), "PUBLISHED", 0, 0, false, document.author(),
						published, published, 1, published, published, content.policyId(), content.nonGovernmentSource() });
				history.add(new Object[] { id, 0, HistoryAction.PUBLISHED.name(), null, DocumentState.PUBLISHED.name(), 0,
						document.author(), published, null });
			}
			else {
				ReviewRequirement requirement = policies.strictest(document.channelIds());
				docs.add(new Object[] { id, siteId, document.type().name(), DocumentState.IN_REVIEW.name(), 1,
						requirement.levels() + (content.nonGovernmentSource() ? 1 : 0), requirement.proofreading(),
						document.author(), now, now, null, null, null, content.policyId(), content.nonGovernmentSource() });
				history.add(new Object[] { id, 0, HistoryAction.CREATED.name(), null, DocumentState.DRAFT.name(), 0,
						document.author(), now, null });
				int position = 1;
				java.time.LocalDate day = document.publishedAt().atZone(clock.getZone()).toLocalDate();
				if (day.isBefore(java.time.LocalDate.now(clock))) {
					history.add(new Object[] { id, position++, HistoryAction.BACKDATED.name(), DocumentState.DRAFT.name(),
							DocumentState.DRAFT.name(), 0, document.author(), now, day.toString() });
				}
				history.add(new Object[] { id, position, HistoryAction.SUBMITTED.name(), DocumentState.DRAFT.name(),
						DocumentState.IN_REVIEW.name(), 1, document.author(), now, null });
			}
			DisclosureMetadata disclosure = content.disclosure();
			if (content.coverId() != null) {
				bound.add(new Object[] { id, content.coverId() });
			}
			for (int position = 0; position < content.attachmentIds().size(); position++) {
				files.add(new Object[] { versionIds.get(i), position, content.attachmentIds().get(position) });
				bound.add(new Object[] { id, content.attachmentIds().get(position) });
			}
			String body = sanitizer.sanitize(content.body());
			for (long picture : HtmlSanitizer.attachmentsIn(body)) {
				bound.add(new Object[] { id, picture });
			}
			versions.add(new Object[] { versionIds.get(i), id, content.title(), content.subtitle(), body, content.summary(), content.source(), content.author(),
					content.responsibleEditor(), content.keywords().toArray(String[]::new), content.linkUrl(),
					content.reprint(), content.reprintUrl(), disclosure == null ? null : disclosure.indexNumber(),
					disclosure == null ? null : disclosure.subjectCategory(),
					disclosure == null ? null : disclosure.documentNumber(), disclosure == null ? null : disclosure.issuer(),
					disclosure == null ? null : disclosure.writtenOn(), disclosure == null ? null : disclosure.disclosedOn(),
					disclosure == null ? null : disclosure.effectiveOn(), disclosure == null ? null : disclosure.effectLevel(),
					disclosure == null ? null : disclosure.validity().name(), disclosure == null ? null : disclosure.mode().name(),
					disclosure == null ? null : disclosure.subjectWords().toArray(String[]::new),
					disclosure == null ? null : disclosure.overview(), content.coverId(), live ? null : published,
					document.author(), live ? published : now });
			if (disclosure != null && disclosure.indexNumber() != null) {
				indexNumbers.add(new Object[] { disclosure.indexNumber(), id });
			}
			for (Long channelId : document.channelIds()) {
				long channelSite = siteOfChannel.computeIfAbsent(channelId, c -> channels.find(c)
					.map(ChannelView::siteId)
					.orElseThrow(() -> new NotFound("channel", c)));
				placements.add(new Object[] { id, channelId, channelSite, document.author(), now, live, live ? published : null });
			}
		}
		jdbcTemplate.batchUpdate("""
				insert into content_document (id, version, site_id, type, state, review_level, required_levels,
				    proofreading, created_by, created_at, updated_at, current_version, live_version, first_published_at,
				    live_since, policy_id, non_government_reprint)
				values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)""", docs);
		jdbcTemplate.batchUpdate("""
				insert into content_history (document_id, position, action, from_state, to_state, level, actor, occurred_at,
				    comment)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", history);
		jdbcTemplate.batchUpdate("""
				insert into content_version (id, document_id, number, title, subtitle, body, summary, source, author,
				    responsible_editor, keywords, link_url, reprint, reprint_url, index_number, subject_category,
				    document_number, issuer, written_on, disclosed_on, effective_on, effect_level, validity,
				    disclosure_mode, subject_words, overview, cover_id, display_date, edited_by, edited_at)
				values (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", versions);
		// Files stored for the import belong to their document from now on (pictures of the body too).
		jdbcTemplate.batchUpdate("update content_attachment set document_id = ? where id = ? and document_id is null", bound);
		jdbcTemplate.batchUpdate("insert into content_version_attachment (version_id, position, attachment_id) values (?, ?, ?)",
				files);
		jdbcTemplate.batchUpdate("insert into content_index_number (index_number, document_id) values (?, ?)", indexNumbers);
		jdbcTemplate.batchUpdate("""
				insert into content_placement (document_id, channel_id, site_id, pinned, sort_order, placed_by, placed_at,
				    live, published_at)
				values (?, ?, ?, false, 0, ?, ?, ?, ?)""", placements);
		List<Long> touched = new ArrayList<>(siteOfChannel.values());
		touched.add(siteId);
		store.touchSites(touched, clock.instant());
		return ids;
	}

	@Override
	@Transactional
	public AttachmentRef storeFile(String fileName, byte[] content) {
		return attachments.storeForImport(fileName, content, "import");
	}

	@Override
	public WordDocument readWord(String fileName, byte[] docx) {
		DocxReader.Read read;
		try {
			read = DocxReader.read(docx);
		}
		catch (java.io.IOException | RuntimeException e) {
			throw new ContentRuleViolation("content.import.unreadable", Attachments.displayName(fileName));
		}
		// pictures renumbered: those storeFile would refuse are left out now, named for the caller
		List<WordDocument.Picture> pictures = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		java.util.regex.Matcher matcher = PICTURE.matcher(read.body());
		StringBuilder body = new StringBuilder();
		while (matcher.find()) {
			DocxReader.Picture picture = read.pictures().get(Integer.parseInt(matcher.group(1)));
			ContentRuleViolation refusal = attachments.refusal(picture.fileName(), picture.data(), true);
			String replacement = "";
			if (refusal == null) {
				replacement = "<img src=\"picture:" + pictures.size() + "\"" + matcher.group(2) + ">";
				pictures.add(new WordDocument.Picture(picture.fileName(), picture.data()));
			}
			else {
				skipped.add(messages.getMessage(refusal.code(), refusal.arguments(), java.util.Locale.CHINA));
			}
			matcher.appendReplacement(body, java.util.regex.Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(body);
		return new WordDocument(read.title(), body.toString(), pictures, skipped);
	}

	@Override
	@Transactional
	public void replace(long documentId, long replacementId, String actor) {
		replacements.store(documentId, replacementId, actor);
	}

	/** Takes the next ids of the table's identity sequence. */
	private List<Long> ids(String table, int count) {
		return jdbc.sql("select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)")
			.params(table, count)
			.query(Long.class)
			.list();
	}
}
