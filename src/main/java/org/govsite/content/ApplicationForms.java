package org.govsite.content;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.govsite.channel.ChannelDirectory;
import org.govsite.channel.ChannelView;
import org.govsite.content.internal.ApplicationFormDesk;
import org.govsite.content.internal.ApplicationFormStore;
import org.govsite.identity.StaffAccess;
import org.govsite.platform.NotFound;
import org.govsite.site.SiteDirectory;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 信息发布申请表 (SPEC.md §3, Yuancheng §13): where a site or a channel requires it, the submitting
 * unit fills the form (who asks, what, for which channel, the 上网不涉密 self-check) and its unit
 * head signs it in the platform before review starts; the review workflow refuses to submit
 * without it and to review before it is signed. Every form stays with its document, as a .docx.
 */
@Service
@Transactional
public class ApplicationForms {

	/** Whether a document needs the form where it is placed now, and who signs it (null: a site manager). */
	public record Requirement(boolean required, @Nullable String approver) {
	}

	private final ApplicationFormDesk desk;

	private final ApplicationFormStore store;

	private final ChannelDirectory channels;

	private final StaffAccess staff;

	private final SiteDirectory sites;

	ApplicationForms(ApplicationFormDesk desk, ApplicationFormStore store, ChannelDirectory channels, StaffAccess staff,
			SiteDirectory sites) {
		this.sites = sites;
		this.desk = desk;
		this.store = store;
		this.channels = channels;
		this.staff = staff;
	}

	@PreAuthorize("@contentAccess.mayRead(#documentId)")
	@Transactional(readOnly = true)
	public Requirement requirement(long documentId) {
		return desk.rule(documentId).map(rule -> new Requirement(true, rule.approver()))
			.orElse(new Requirement(false, null));
	}

	/** The document's forms, newest first: its history of applications. */
	@PreAuthorize("@contentAccess.mayRead(#documentId)")
	@Transactional(readOnly = true)
	public List<ApplicationFormView> forms(long documentId) {
		return desk.forms(documentId);
	}

	@PreAuthorize("@contentAccess.mayEdit(#documentId)")
	public long fill(long documentId, ApplicationFormData data) {
		return desk.fill(documentId, data, String.valueOf(staff.currentUsername()));
	}

	@PreAuthorize("@contentAccess.mayRead(#documentId)")
	@Transactional(readOnly = true)
	public boolean maySign(long documentId) {
		return desk.maySign(documentId);
	}

	/** The unit head's sign-off; the review may start after it. */
	@PreAuthorize("@contentAccess.mayRead(#documentId)")
	public void sign(long documentId, @Nullable String note) {
		desk.sign(documentId, note, String.valueOf(staff.currentUsername()));
	}

	@PreAuthorize("@contentAccess.mayRead(#documentId)")
	@Transactional(readOnly = true)
	public byte[] docx(long documentId, long formId) {
		return store.docx(documentId, formId).orElseThrow(() -> new NotFound("applicationForm", formId));
	}

	/** For the review queue: whether each document's newest form is signed (no entry: no form). */
	@PreAuthorize("hasAuthority('STAFF')")
	@Transactional(readOnly = true)
	public Map<Long, Boolean> signedStates(Collection<Long> documentIds) {
		return store.latestSigned(documentIds);
	}

	@PreAuthorize("@staffAccess.managesSite(#siteId)")
	@Transactional(readOnly = true)
	public List<ApplicationRuleView> rules(long siteId) {
		sites.find(siteId).orElseThrow(() -> new NotFound("site", siteId));
		return store.rules(siteId).stream()
			.map(rule -> new ApplicationRuleView(rule.id(), siteId, rule.channelId(),
					rule.channelId() == null ? null : channels.find(rule.channelId()).map(ChannelView::name).orElse(null),
					rule.approver()))
			.toList();
	}

	/** Requires the form on the whole site (channelId null) or on one of its channels. */
	@PreAuthorize("@staffAccess.managesSite(#siteId)")
	public void require(long siteId, @Nullable Long channelId, @Nullable String approver) {
		if (channelId != null && channels.find(channelId).filter(channel -> channel.siteId() == siteId).isEmpty()) {
			throw new ContentRuleViolation("content.applicationForm.channelNotOfSite");
		}
		store.setRule(siteId, channelId, approver == null || approver.isBlank() ? null : approver.strip());
	}

	@PreAuthorize("@staffAccess.managesSite(#siteId)")
	public void release(long siteId, long ruleId) {
		if (!store.deleteRule(siteId, ruleId)) {
			throw new NotFound("applicationRule", ruleId);
		}
	}
}
