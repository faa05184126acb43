package org.govsite.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.govsite.calendar.WorkingCalendar;
import org.govsite.disclosure.internal.CitizenApplications;
import org.govsite.disclosure.internal.ApplicationCheck;
import org.govsite.disclosure.internal.DisclosureNotices;
import org.govsite.disclosure.internal.DisclosureRequest;
import org.govsite.disclosure.internal.Receipt;
import org.govsite.disclosure.internal.ReplyLetter;
import org.govsite.disclosure.internal.RequestStore;
import org.govsite.disclosure.internal.StoredRequest;
import org.govsite.identity.StaffAccess;
import org.govsite.identity.StaffRole;
import org.govsite.platform.NotFound;
import org.govsite.platform.PageSize;
import org.govsite.platform.QueryCodes;
import org.govsite.platform.ResidentIdNumber;
import org.govsite.platform.RuleViolation;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications for disclosure (依申请公开): taken online from the public, entered by staff from the
 * other channels, handled on their statutory clock and answered with a letter. Staff handle the
 * applications of the sites where they are 站点管理员 or 信件办理员 (the office that answers the
 * public).
 */
@Service
@Transactional
public class DisclosureRequests {

	/** An open application whose last day is this near (in working days) is due soon. */
	public static final int DUE_SOON_WORKING_DAYS = 5;

	/** The time given to correct, unless staff give another (the regulation leaves it to the office). */
	public static final int CORRECTION_WORKING_DAYS = 15;

	/** The time to pay a fee (SPEC.md §6). */
	public static final int PAYMENT_WORKING_DAYS = 20;

	private static final StaffRole[] HANDLERS = { StaffRole.SITE_MANAGER, StaffRole.LETTER_HANDLER };

	private final RequestStore store;

	private final WorkingCalendar calendar;

	private final SiteDirectory sites;

	private final StaffAccess staff;

	private final ReplyLetter letters;

	private final DisclosureNotices notices;

	private final Clock clock;

	private final CitizenApplications citizens;

	DisclosureRequests(RequestStore store, WorkingCalendar calendar, SiteDirectory sites, StaffAccess staff,
			ReplyLetter letters, DisclosureNotices notices, Clock clock, CitizenApplications citizens) {
		this.citizens = citizens;
		this.notices = notices;
		this.store = store;
		this.calendar = calendar;
		this.sites = sites;
		this.staff = staff;
		this.letters = letters;
		this.clock = clock;
	}

	// --- taking applications

	/** An application written online by the public: received today, confirmed at once with the query code. */
	public Submitted apply(NewApplication application) {
		SiteSummary site = checked(application);
		return take(site, application, Receipt.online(today()), null, true);
	}

	/** An application that came in person, by post or by fax, entered by staff of the site. */
	public Submitted enter(NewApplication application, StaffEntry entry) {
		return enter(application, entry, true);
	}

	private Submitted enter(NewApplication application, StaffEntry entry, boolean tellHandlers) {
		SiteSummary site = checked(application);
		requireHandler(site.id());
		if (entry.channel() == ReceiptChannel.ONLINE) {
			throw new ApplicationRejected("channel", "disclosure.apply.channel");
		}
		if (entry.arrivedOn().isAfter(today()) || (entry.confirmedOn() != null && entry.confirmedOn().isAfter(today()))) {
			throw new ApplicationRejected("arrivedOn", "disclosure.apply.future");
		}
		Receipt receipt;
		try {
			receipt = Receipt.of(entry.channel(), entry.arrivedOn(), entry.signedFor(), entry.confirmedOn());
		}
		catch (RuleViolation invalid) {
			throw new ApplicationRejected("confirmedOn", invalid.code());
		}
		return take(site, application, receipt, staff.currentUsername(), tellHandlers);
	}

	/**
	 * An application of the past, answered then, brought in from the office's own ledger (台账) when
	 * it moves to the platform, so that its annual reports count it. Its reply is checked by the same
	 * rules as a reply given here.
	 */
	public long importAnswered(NewApplication application, StaffEntry entry, ReplyType type, Outcome outcome,
			@Nullable Outcome withheldReason, String text, LocalDate repliedOn) {
		notInFuture(repliedOn);
		// answered long ago: nothing for the handlers to act on
		long id = enter(application, entry, false).id();
		act(id, "imported", null, request -> request.reply(new Reply(type, outcome, withheldReason, text.strip(), repliedOn),
				calendar));
		return id;
	}

	private SiteSummary checked(NewApplication application) {
		SiteSummary site = sites.all()
			.stream()
			.filter(candidate -> application.siteCode().equals(candidate.siteCode()))
			.findFirst()
			.orElseThrow(() -> new ApplicationRejected("siteCode", "disclosure.apply.site"));
		ApplicationCheck.check(application);
		return site;
	}

	private Submitted take(SiteSummary site, NewApplication application, Receipt receipt, @Nullable String enteredBy,
			boolean tellHandlers) {
		String code = QueryCodes.next();
		DisclosureRequest request = new DisclosureRequest(receipt);
		StoredRequest stored = store.insert(site.id(), application.applicant(), application.description(),
				application.purpose(), application.delivery(), enteredBy, QueryCodes.hash(code), request, calendar,
				clock.instant());
		store.event(stored.id(), clock.instant(), "received", enteredBy, receipt.channel().name());
		if (enteredBy == null) {
			citizens.written(stored.id(), application.applicant().email());
		}
		LocalDate due = request.dueOn(calendar);
		if (tellHandlers) {
			notices.received(site.id(), site.name(), stored.id(), stored.number(), receipt.channel(), due, enteredBy);
		}
		return new Submitted(stored.id(), stored.number(), code, receipt.receivedOn(), due);
	}

	// --- reading

	/** The applications of the sites the user handles, open ones first by their last day. */
	@Transactional(readOnly = true)
	public List<RequestSummary> list(@Nullable RequestState state, int offset, int limit) {
		return store.list(handledSites(), state, PageSize.offset(offset), PageSize.of(limit)).stream().map(this::summary).toList();
	}

	/** The open applications of the user's sites that are overdue or due within {@link #DUE_SOON_WORKING_DAYS}. */
	@Transactional(readOnly = true)
	public List<RequestSummary> dueSoonOrOverdue() {
		LocalDate horizon = calendar.addWorkingDays(calendar.receiptDay(today()), DUE_SOON_WORKING_DAYS);
		return store.openDueBy(handledSites(), horizon).stream().map(this::summary).toList();
	}

	/** Whether the signed-in user handles applications of any site. */
	public boolean handlesAny() {
		return !handledSites().isEmpty();
	}

	/** The sites whose applications the user handles. */
	public List<SiteSummary> handledSiteList() {
		Set<Long> handled = handledSites();
		return sites.all().stream().filter(site -> handled.contains(site.id())).toList();
	}

	@Transactional(readOnly = true)
	public RequestDetail detail(long id) {
		StoredRequest stored = handled(id);
		DisclosureRequest request = stored.request();
		Applicant applicant = stored.applicant();
		Applicant masked = new Applicant(applicant.type(), applicant.name(), ResidentIdNumber.masked(applicant.identityNumber()),
				applicant.kind(), applicant.contactPerson(), applicant.phone(), applicant.email(), applicant.address());
		return new RequestDetail(summary(stored), masked, stored.purpose(), stored.delivery(), request.receipt().arrivedOn(),
				request.clockStart(calendar), request.correctionNoticeLimit(calendar), request.pausedWorkingDays(calendar),
				request.correction(), request.pauses(), request.extension(), request.reply(), request.outcome(),
				request.redirectNote(), stored.enteredBy(), store.events(id));
	}

	/** What the applicant reads with the query code; empty for a code that opens nothing. */
	@Transactional(readOnly = true)
	public Optional<PublicStatus> status(String queryCode) {
		return store.findByQueryCode(QueryCodes.hash(queryCode)).map(stored -> {
			DisclosureRequest request = stored.request();
			return new PublicStatus(stored.number(), siteName(stored.siteId()), request.receipt().receivedOn(), request.state(),
					request.dueOn(calendar), request.correction(), request.extension(), request.reply(),
					store.events(stored.id()).stream().map(e -> new RequestEvent(e.at(), e.action(), null, null)).toList());
		});
	}

	/** The reply letter (docx) of an application, for staff. */
	@Transactional(readOnly = true)
	public byte[] letter(long id) {
		return letter(id, LetterFormat.DOCX);
	}

	/** The reply letter of an application in either form, for staff. */
	@Transactional(readOnly = true)
	public byte[] letter(long id, LetterFormat format) {
		return letterOf(handled(id), format);
	}

	/** The reply letter (docx) for the applicant with the query code, once there is a reply. */
	@Transactional(readOnly = true)
	public Optional<byte[]> letterFor(String queryCode) {
		return letterFor(queryCode, LetterFormat.DOCX);
	}

	/** The reply letter in either form for the applicant with the query code, once there is a reply. */
	@Transactional(readOnly = true)
	public Optional<byte[]> letterFor(String queryCode, LetterFormat format) {
		return store.findByQueryCode(QueryCodes.hash(queryCode))
			.filter(stored -> stored.request().reply() != null)
			.map(stored -> letterOf(stored, format));
	}

	private byte[] letterOf(StoredRequest stored, LetterFormat format) {
		if (stored.request().reply() == null) {
			throw new RuleViolation("disclosure.letter.noReply");
		}
		String body = sites.pageFacts(stored.siteId()).map(facts -> facts.sponsor()).orElse(siteName(stored.siteId()));
		return switch (format) {
			case DOCX -> letters.write(stored, body);
			case PDF -> letters.pdf(stored, body);
		};
	}

	// --- handling

	public void requestCorrection(long id, String items, int workingDaysToCorrect) {
		act(id, "correctionRequested", items, request -> request.requestCorrection(today(), items, workingDaysToCorrect, calendar));
	}

	public void correctionArrived(long id, LocalDate on, @Nullable String lateReason) {
		notInFuture(on);
		act(id, "corrected", lateReason, request -> request.correctionArrived(on, lateReason));
	}

	public void consultThirdParty(long id, String whom) {
		act(id, "thirdPartyConsulted", whom, request -> request.consultThirdParty(today(), whom, calendar));
	}

	public void thirdPartyAnswered(long id, LocalDate on) {
		notInFuture(on);
		act(id, "thirdPartyAnswered", null, request -> request.thirdPartyAnswered(on));
	}

	/** Sends a fee notice; the applicant's earlier applications of the month count towards the item bands. */
	public int noticeFee(long id, FeeMethod method, int quantity) {
		StoredRequest stored = handled(id);
		int earlier = method == FeeMethod.BY_ITEM ? store.earlierItemsThisMonth(stored) : 0;
		int[] amount = new int[1];
		act(id, "feeNoticed", method.name() + " " + quantity, request -> amount[0] = request.noticeFee(today(), method,
				quantity, earlier, PAYMENT_WORKING_DAYS, calendar));
		return amount[0];
	}

	public void feePaid(long id, LocalDate on) {
		notInFuture(on);
		act(id, "feePaid", null, request -> request.feePaid(on));
	}

	public void extend(long id, int workingDays, String approvedBy, String reason) {
		act(id, "extended", workingDays + " " + approvedBy + "：" + reason,
				request -> request.extend(today(), workingDays, approvedBy, reason, calendar));
	}

	public void reply(long id, ReplyType type, Outcome outcome, @Nullable Outcome withheldReason, String text) {
		act(id, "replied", type.name(), request -> request.reply(new Reply(type, outcome, withheldReason, text.strip(), today()),
				calendar));
	}

	public void redirect(long id, String where) {
		act(id, "redirected", where, request -> request.redirect(today(), where));
	}

	private void act(long id, String action, @Nullable String note, Consumer<DisclosureRequest> change) {
		StoredRequest stored = handled(id);
		change.accept(stored.request());
		store.update(stored, calendar);
		store.event(id, clock.instant(), action, staff.currentUsername(), note);
	}

	/**
	 * Ends what ran out (a correction not received, a fee not paid, a consultation without answer),
	 * for the daily run.
	 *
	 * @return how many applications changed
	 */
	public int lapse() {
		LocalDate today = today();
		int changed = 0;
		for (StoredRequest stored : store.open()) {
			RequestState before = stored.request().state();
			if (stored.request().lapse(today)) {
				store.update(stored, calendar);
				store.event(stored.id(), clock.instant(), "lapsed", null, before.name());
				changed++;
			}
		}
		return changed;
	}

	// --- helpers

	private RequestSummary summary(StoredRequest stored) {
		DisclosureRequest request = stored.request();
		LocalDate due = request.dueOn(calendar);
		LocalDate today = today();
		boolean open = !request.state().closed();
		boolean overdue = request.overdueOn(today, calendar);
		boolean soon = open && !overdue
				&& !due.isAfter(calendar.addWorkingDays(calendar.receiptDay(today), DUE_SOON_WORKING_DAYS));
		String description = stored.description();
		return new RequestSummary(stored.id(), stored.number(), stored.siteId(), siteName(stored.siteId()),
				request.receipt().channel(), request.receipt().receivedOn(), stored.applicant().type(), stored.applicant().name(),
				description.length() > 60 ? description.substring(0, 60) + "…" : description, request.state(), due, overdue,
				soon, request.closedOn());
	}

	private String siteName(long siteId) {
		return sites.find(siteId).map(SiteSummary::name).orElse("");
	}

	private StoredRequest handled(long id) {
		StoredRequest stored = store.find(id).orElseThrow(() -> new NotFound("disclosureRequest", id));
		if (!handledSites().contains(stored.siteId())) {
			throw new NotFound("disclosureRequest", id);
		}
		return stored;
	}

	private void requireHandler(long siteId) {
		if (!handledSites().contains(siteId)) {
			throw new AccessDeniedException("Not a handler of site " + siteId);
		}
	}

	private Set<Long> handledSites() {
		return staff.sitesWith(HANDLERS);
	}

	private void notInFuture(LocalDate on) {
		if (on.isAfter(today())) {
			throw new RuleViolation("disclosure.request.dateInFuture");
		}
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}
