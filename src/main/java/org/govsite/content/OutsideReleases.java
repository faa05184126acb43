package org.govsite.content;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.govsite.content.internal.OutsideReleaseStore;
import org.govsite.identity.StaffAccess;
import org.govsite.identity.StaffRole;
import org.govsite.platform.NotFound;
import org.govsite.site.SiteDirectory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything released elsewhere is on the website too (SPEC.md §3): a site's staff register what
 * went out on its 政务新媒体 accounts, in press releases or on TV; each registration without a
 * published document of the site that corresponds to it — one with the same title, found when it is
 * registered or when such a document goes live, or one an editor names — is a to-do for the site's
 * editors, due {@code govsite.content.released-elsewhere-within-days} after the release.
 */
@Service
@Transactional
public class OutsideReleases {

	private final OutsideReleaseStore store;

	private final DocumentLibrary library;

	private final StaffAccess staff;

	private final int withinDays;

	private final Clock clock;

	private final SiteDirectory sites;

	OutsideReleases(OutsideReleaseStore store, DocumentLibrary library, StaffAccess staff,
			@Value("${govsite.content.released-elsewhere-within-days:1}") int withinDays, Clock clock, SiteDirectory sites) {
		this.sites = sites;
		this.store = store;
		this.library = library;
		this.staff = staff;
		this.withinDays = withinDays;
		this.clock = clock;
	}

	/**
	 * Registers a release; when a live document of the site already carries it, it is matched at once.
	 *
	 * @return the registration
	 */
	@PreAuthorize("@contentAccess.mayWriteSite(#siteId)")
	public long register(long siteId, OutsideReleaseKind kind, String outlet, String title, @Nullable LocalDate releasedOn,
			@Nullable String link) {
		if (outlet.isBlank()) {
			throw new ContentRuleViolation("content.field.outlet.required");
		}
		if (title.isBlank()) {
			throw new ContentRuleViolation("content.field.title.required");
		}
		LocalDate today = LocalDate.now(clock);
		if (releasedOn == null || releasedOn.isAfter(today)) {
			throw new ContentRuleViolation("content.field.releasedOn.invalid");
		}
		String address = link == null || link.isBlank() ? null : link.strip();
		if (address != null && !address.matches("(?i)https?://\\S+")) {
			throw new ContentRuleViolation("content.field.releaseLink.invalid");
		}
		String by = String.valueOf(staff.currentUsername());
		long id = store.register(siteId, kind, outlet.strip(), title.strip(), releasedOn, address, by, clock.instant(),
				releasedOn.plusDays(withinDays));
		store.liveDocumentTitled(siteId, title).ifPresent(documentId -> store.match(id, documentId, by, clock.instant()));
		return id;
	}

	@PreAuthorize("@contentAccess.mayReadSite(#siteId)")
	@Transactional(readOnly = true)
	public List<OutsideReleaseView> ofSite(long siteId) {
		sites.find(siteId).orElseThrow(() -> new NotFound("site", siteId));
		return store.ofSite(siteId);
	}

	/** What the signed-in editor's sites still have to publish. */
	@PreAuthorize("hasAuthority('STAFF')")
	@Transactional(readOnly = true)
	public List<OutsideReleaseView> waitingForMe() {
		return store.open(staff.sitesWith(StaffRole.EDITOR));
	}

	/** Names the live document of the site that carries the release, when its title differs. */
	@PreAuthorize("@contentAccess.mayWriteSite(#siteId)")
	public void match(long siteId, long releaseId, long documentId) {
		OutsideReleaseView release = store.find(releaseId).filter(found -> found.siteId() == siteId)
			.orElseThrow(() -> new NotFound("outsideRelease", releaseId));
		DocumentView document = library.get(documentId);
		if (document.siteId() != siteId || !document.live()) {
			throw new ContentRuleViolation("content.outsideRelease.notLiveHere");
		}
		if (!store.match(release.id(), documentId, String.valueOf(staff.currentUsername()), clock.instant())) {
			throw new ContentRuleViolation("content.outsideRelease.alreadyMatched");
		}
	}

	/** A document going live closes the open registrations of its site that carry its title. */
	@EventListener
	void on(DocumentPublished published) {
		store.liveTitle(published.documentId()).ifPresent(live -> store.open(List.of(live.siteId())).stream()
			.filter(release -> store.liveDocumentTitled(live.siteId(), release.title())
				.filter(found -> found == published.documentId()).isPresent())
			.forEach(release -> store.match(release.id(), published.documentId(), "system", clock.instant())));
	}
}
