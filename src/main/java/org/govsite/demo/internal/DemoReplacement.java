package org.govsite.demo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.govsite.content.ContentImport;
import org.govsite.content.DisclosureMetadata;
import org.govsite.content.DocumentContent;
import org.govsite.content.DocumentFilter;
import org.govsite.content.DocumentLibrary;
import org.govsite.content.DocumentSummary;
import org.govsite.content.DocumentType;
import org.govsite.content.DocumentView;
import org.govsite.content.ImportedDocument;
import org.govsite.content.Validity;
import org.govsite.identity.StaffRole;
import org.govsite.platform.RunAs;

import org.springframework.stereotype.Component;

/**
 * The portal's repealed policy (the 2021 城乡居民基本医疗保险实施办法) gets the 2026 办法 that
 * replaced it, named as its replacement: its page and the catalogue's 有效性 page link the new one.
 */
@Component
class DemoReplacement {

	private static final String REPEALED = "城乡居民基本医疗保险实施办法";

	private final DocumentLibrary library;

	private final ContentImport imports;

	private final Clock clock;

	DemoReplacement(DocumentLibrary library, ContentImport imports, Clock clock) {
		this.library = library;
		this.imports = imports;
		this.clock = clock;
	}

	void create(long portalId) {
		RunAs.actor(DemoSiteGroup.ACTOR, () -> {
			List<DocumentSummary> found = library.list(new DocumentFilter(portalId, null, null, null, null, null, REPEALED), 0, 5);
			found.stream().filter(document -> document.type() == DocumentType.POLICY).findFirst().ifPresent(document -> {
				DocumentView repealed = library.get(document.id());
				DisclosureMetadata old = repealed.content().disclosure();
				if (old == null || old.validity() != Validity.REPEALED || old.indexNumber() == null || document.channelIds().isEmpty()) {
					return;
				}
				String prefix = old.indexNumber().substring(0, old.indexNumber().indexOf('/'));
				LocalDate written = LocalDate.of(2025, 12, 10);
				DisclosureMetadata disclosure = new DisclosureMetadata(prefix + "/2025-09001", old.subjectCategory(),
						old.documentNumber() == null ? null : old.documentNumber().replace("〔2021〕12号", "〔2025〕18号"),
						old.issuer(), written, written.plusDays(3), LocalDate.of(2026, 1, 1), old.effectLevel(), Validity.VALID,
						old.mode(), old.subjectWords(), repealed.content().title());
				DocumentContent content = DocumentContent.of(repealed.content().title() + "（2025年修订）",
						"<p>第一条 为完善统一的城乡居民基本医疗保险制度，根据有关法律法规，结合本县实际，制定本办法。</p>"
								+ "<p>第二条 本办法自2026年1月1日起施行，2021年印发的原办法同时废止。</p>")
					.withDisclosure(disclosure);
				long replacement = imports.importPublished(portalId, List.of(new ImportedDocument(DocumentType.POLICY, content,
						List.of(document.channelIds().getFirst()),
						written.plusDays(3).atTime(9, 0).atZone(clock.getZone()).toInstant(), DemoSiteGroup.ACTOR)))
					.getFirst();
				imports.replace(repealed.id(), replacement, DemoSiteGroup.ACTOR);
			});
		}, StaffRole.SYSTEM_ADMIN.authority(), StaffRole.STAFF_AUTHORITY);
	}
}
