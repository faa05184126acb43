package org.govsite.content.internal;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.govsite.channel.ChannelDirectory;
import org.govsite.channel.ChannelView;
import org.govsite.content.ApplicationFormData;
import org.govsite.content.ApplicationFormView;
import org.govsite.content.ContentRuleViolation;
import org.govsite.identity.StaffAccess;
import org.govsite.identity.StaffRole;
import org.govsite.platform.NotFound;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Filling and signing the publishing application form of a document: the editor fills it for the
 * newest version, with the item's title and channels taken from the document; the unit head signs
 * it — the approver the rule names, or else a manager of the document's site — and never someone
 * who wrote the document. Each form keeps its .docx, regenerated when signed.
 */
@Component
public class ApplicationFormDesk {

	private final ApplicationFormStore forms;

	private final ApplicationFormGate gate;

	private final ApplicationFormDocx docx;

	private final Library library;

	private final ContentStore store;

	private final ChannelDirectory channels;

	private final StaffAccess staff;

	private final Clock clock;

	ApplicationFormDesk(ApplicationFormStore forms, ApplicationFormGate gate, ApplicationFormDocx docx, Library library,
			ContentStore store, ChannelDirectory channels, StaffAccess staff, Clock clock) {
		this.forms = forms;
		this.gate = gate;
		this.docx = docx;
		this.library = library;
		this.store = store;
		this.channels = channels;
		this.staff = staff;
		this.clock = clock;
	}

	/** The rule that binds the document now, if any. */
	public java.util.Optional<ApplicationFormStore.Rule> rule(long documentId) {
		return gate.rule(documentId, library.document(documentId).siteId());
	}

	public long fill(long documentId, ApplicationFormData data, String applicant) {
		Document document = library.document(documentId);
		if (data.applicantUnit() == null || data.applicantUnit().isBlank()) {
			throw new ContentRuleViolation("content.field.applicantUnit.required");
		}
		if (!data.secrecyChecked()) {
			throw new ContentRuleViolation("content.field.secrecyChecked.required");
		}
		String channelNames = store.channelIdsOf(documentId).stream()
			.map(channels::find)
			.flatMap(java.util.Optional::stream)
			.map(ChannelView::name)
			.sorted()
			.collect(Collectors.joining("、"));
		if (channelNames.isEmpty()) {
			throw new ContentRuleViolation("content.submit.noPlacement");
		}
		String approver = rule(documentId).map(ApplicationFormStore.Rule::approver).orElse(null);
		ApplicationFormView form = new ApplicationFormView(0, documentId, document.currentVersion(), applicant,
				data.applicantUnit().strip(), blankToNull(data.applicantPhone()), library.title(documentId), channelNames,
				blankToNull(data.reason()), true, clock.instant(), approver, null, null, null);
		return forms.insert(documentId, form.documentVersion(), applicant, form.applicantUnit(), form.applicantPhone(),
				form.subject(), channelNames, form.reason(), true, form.filledAt(), approver, docx.write(form, clock.getZone()));
	}

	/** Whether the signed-in user may sign the document's newest unsigned form. */
	public boolean maySign(long documentId) {
		return unsigned(documentId).filter(form -> maySign(library.document(documentId), form)).isPresent();
	}

	public void sign(long documentId, @Nullable String note, String signer) {
		Document document = library.document(documentId);
		ApplicationFormView form = unsigned(documentId)
			.orElseThrow(() -> new ContentRuleViolation("content.applicationForm.nothingToSign"));
		if (!maySign(document, form)) {
			throw new ContentRuleViolation("content.applicationForm.notApprover");
		}
		ApplicationFormView signed = new ApplicationFormView(form.id(), documentId, form.documentVersion(),
				form.applicant(), form.applicantUnit(), form.applicantPhone(), form.subject(), form.channels(),
				form.reason(), form.secrecyChecked(), form.filledAt(), form.approver(), signer, clock.instant(),
				blankToNull(note));
		forms.sign(form.id(), signer, signed.signNote(), Objects.requireNonNull(signed.signedAt()),
				docx.write(signed, clock.getZone()));
	}

	public List<ApplicationFormView> forms(long documentId) {
		return forms.forms(documentId);
	}

	private java.util.Optional<ApplicationFormView> unsigned(long documentId) {
		return forms.latest(documentId).filter(form -> !form.signed());
	}

	private boolean maySign(Document document, ApplicationFormView form) {
		String me = staff.currentUsername();
		if (me == null || document.editors().contains(me) || me.equals(form.applicant())) {
			return false;
		}
		return form.approver() != null ? form.approver().equals(me)
				: staff.hasSiteRole(document.siteId(), StaffRole.SITE_MANAGER);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
