package org.govsite.content.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import org.govsite.content.ContentRuleViolation;
import org.govsite.content.DisclosureMetadata;
import org.govsite.content.DocumentPublished;
import org.govsite.content.DocumentType;
import org.govsite.content.IndexNumberGenerator;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteSummary;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives a policy document its 索引号 and 公开日期 when it goes live (SPEC.md §5): the number once,
 * at its first publication, kept through withdrawal and republication; the date, when the editor
 * set none, is that of its first publication.
 */
@Component
class IndexNumbers {

	/** Enough to pass numbers that someone entered by hand and that the generator would give again. */
	private static final int ATTEMPTS = 1_000;

	private final ContentStore store;

	private final IndexNumberGenerator generator;

	private final SiteDirectory sites;

	private final DocumentRepository documents;

	private final Clock clock;

	IndexNumbers(ContentStore store, IndexNumberGenerator generator, SiteDirectory sites, DocumentRepository documents,
			Clock clock) {
		this.documents = documents;
		this.clock = clock;
		this.store = store;
		this.generator = generator;
		this.sites = sites;
	}

	/**
	 * In the transaction that puts the document live, so that its pages, rendered after the
	 * commit, show both.
	 */
	@EventListener
	void on(DocumentPublished event) {
		documents.findById(event.documentId())
			.filter(document -> document.type() == DocumentType.POLICY && document.firstPublishedAt() != null)
			.ifPresent(document -> wentLive(document,
					LocalDate.ofInstant(Objects.requireNonNull(document.firstPublishedAt()), clock.getZone())));
	}

	void wentLive(Document document, LocalDate firstPublishedOn) {
		String number = store.indexNumberOf(document.id()).orElseGet(() -> generate(document, firstPublishedOn));
		store.completeDisclosure(document.id(), number, firstPublishedOn);
	}

	private String generate(Document document, LocalDate on) {
		String siteCode = sites.find(document.siteId()).map(SiteSummary::siteCode).orElse(null);
		IndexNumberGenerator.Subject subject = new IndexNumberGenerator.Subject(document.id(), document.siteId(), siteCode, on);
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			String candidate = generator.generate(subject, store::nextIndexSerial);
			if (store.takeIndexNumber(document.id(), candidate)) {
				return candidate;
			}
		}
		throw new ContentRuleViolation("content.field.indexNumber.exhausted");
	}

	static DisclosureMetadata withNumber(DisclosureMetadata d, String number) {
		return new DisclosureMetadata(number, d.subjectCategory(), d.documentNumber(), d.issuer(), d.writtenOn(),
				d.disclosedOn(), d.effectiveOn(), d.effectLevel(), d.validity(), d.mode(), d.subjectWords(), d.overview());
	}
}
