package org.govsite.disclosure.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.govsite.calendar.WorkingCalendar;
import org.govsite.disclosure.Applicant;
import org.govsite.disclosure.ApplicantType;
import org.govsite.disclosure.Correction;
import org.govsite.disclosure.Delivery;
import org.govsite.disclosure.Extension;
import org.govsite.disclosure.LegalPersonKind;
import org.govsite.disclosure.Outcome;
import org.govsite.disclosure.Pause;
import org.govsite.disclosure.ReceiptChannel;
import org.govsite.disclosure.Reply;
import org.govsite.disclosure.ReplyType;
import org.govsite.disclosure.RequestEvent;
import org.govsite.disclosure.RequestState;
import org.govsite.platform.FieldCipher;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps applications with plain SQL: the applicant's data and what they asked encrypted with
 * {@link FieldCipher}, the clock's facts as one JSON document, and beside them the columns that
 * lists and the annual report select on (state, outcome, due day, dates).
 */
@Repository
public class RequestStore {

	/** The clock's facts, as stored in the {@code clock} column. */
	record ClockFacts(@Nullable Correction correction, List<Pause> pauses, @Nullable Extension extension) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String COLUMNS = "id, version, site_id, number, channel, arrived_on, received_on, applicant_type, "
			+ "legal_person_kind, applicant_name, identity_number, contact_person, phone, email, address, description, purpose, "
			+ "delivery, state, clock, reply_type, outcome, withheld_reason, reply_text, closed_on, redirect_note, entered_by, created_at";

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	RequestStore(JdbcClient jdbc, FieldCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/** Stores a new application under a fresh id and its number ({@code <year>-<id>}); returns the id and number. */
	public StoredRequest insert(long siteId, Applicant applicant, String description, @Nullable String purpose,
			Delivery delivery, @Nullable String enteredBy, String queryCodeHash, DisclosureRequest request,
			WorkingCalendar calendar, Instant now) {
		long id = jdbc.sql("select nextval(pg_get_serial_sequence('disclosure_request', 'id'))").query(Long.class).single();
		String number = request.receipt().receivedOn().getYear() + "-" + String.format("%06d", id);
		jdbc.sql("""
				insert into disclosure_request (id, version, site_id, number, query_code_hash, channel, arrived_on, received_on,
				  applicant_type, legal_person_kind, applicant_name, identity_number, contact_person, phone, email, address,
				  description, purpose, delivery, state, clock, due_on, entered_by, created_at)
				values (:id, 0, :site, :number, :code, :channel, :arrived, :received, :type, :kind, :name, :identity, :contact,
				  :phone, :email, :address, :description, :purpose, :delivery, :state, cast(:clock as jsonb), :due, :enteredBy, :now)
				""")
			.param("id", id)
			.param("site", siteId)
			.param("number", number)
			.param("code", queryCodeHash)
			.param("channel", request.receipt().channel().name())
			.param("arrived", request.receipt().arrivedOn())
			.param("received", request.receipt().receivedOn())
			.param("type", applicant.type().name())
			.param("kind", applicant.kind() == null ? null : applicant.kind().name())
			.param("name", seal(applicant.name()))
			.param("identity", seal(applicant.identityNumber()))
			.param("contact", seal(applicant.contactPerson()))
			.param("phone", seal(applicant.phone()))
			.param("email", seal(applicant.email()))
			.param("address", seal(applicant.address()))
			.param("description", seal(description))
			.param("purpose", seal(purpose))
			.param("delivery", delivery.name())
			.param("state", request.state().name())
			.param("clock", clockJson(request))
			.param("due", request.dueOn(calendar))
			.param("enteredBy", enteredBy)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
		return find(id).orElseThrow();
	}

	/** Saves what the rules changed; refuses when someone else saved the application meanwhile. */
	public void update(StoredRequest stored, WorkingCalendar calendar) {
		DisclosureRequest request = stored.request();
		Reply reply = request.reply();
		int updated = jdbc.sql("""
				update disclosure_request set version = version + 1, state = :state, clock = cast(:clock as jsonb),
				  reply_type = :replyType, outcome = :outcome, withheld_reason = :withheld, reply_text = :replyText,
				  closed_on = :closedOn, redirect_note = :redirect, due_on = :due
				where id = :id and version = :version
				""")
			.param("state", request.state().name())
			.param("clock", clockJson(request))
			.param("replyType", reply == null ? null : reply.type().name())
			.param("outcome", request.outcome() == null ? null : request.outcome().name())
			.param("withheld", reply == null || reply.withheldReason() == null ? null : reply.withheldReason().name())
			.param("replyText", reply == null ? null : reply.text())
			.param("closedOn", request.closedOn())
			.param("redirect", request.redirectNote())
			.param("due", request.dueOn(calendar))
			.param("id", stored.id())
			.param("version", stored.version())
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("Application " + stored.id() + " was changed meanwhile");
		}
	}

	public Optional<StoredRequest> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from disclosure_request where id = :id").param("id", id).query(this::map).optional();
	}

	public Optional<StoredRequest> findByQueryCode(String queryCodeHash) {
		return jdbc.sql("select " + COLUMNS + " from disclosure_request where query_code_hash = :code")
			.param("code", queryCodeHash)
			.query(this::map)
			.optional();
	}

	/** The sites' applications, open ones first by due day, then the closed newest first. */
	public List<StoredRequest> list(Collection<Long> siteIds, @Nullable RequestState state, int offset, int limit) {
		if (siteIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from disclosure_request where site_id in (:sites)"
				+ (state == null ? "" : " and state = :state")
				+ " order by closed_on is not null, case when closed_on is null then due_on end, closed_on desc, id desc"
				+ " offset :offset limit :limit")
			.param("sites", siteIds)
			.param("state", state == null ? "" : state.name())
			.param("offset", offset)
			.param("limit", limit)
			.query(this::map)
			.list();
	}

	/** Every application still open, for the daily run that lets lapsed ones end. */
	public List<StoredRequest> open() {
		return jdbc.sql("select " + COLUMNS + " from disclosure_request where closed_on is null order by id").query(this::map).list();
	}

	/** The sites' open applications whose last day is on or before the given day. */
	public List<StoredRequest> openDueBy(Collection<Long> siteIds, LocalDate day) {
		if (siteIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from disclosure_request where site_id in (:sites) and closed_on is null"
				+ " and due_on <= :day order by due_on, id")
			.param("sites", siteIds)
			.param("day", day)
			.query(this::map)
			.list();
	}

	/** Items the applicant (by identity number) was counted this month, for the fee's bands: each earlier application counts one. */
	public int earlierItemsThisMonth(StoredRequest stored) {
		LocalDate received = stored.request().receipt().receivedOn();
		List<String> identities = jdbc.sql("""
				select identity_number from disclosure_request
				where id <> :id and received_on >= :from and received_on <= :received and applicant_type = :type
				""")
			.param("id", stored.id())
			.param("from", received.withDayOfMonth(1))
			.param("received", received)
			.param("type", stored.applicant().type().name())
			.query(String.class)
			.list();
		return (int) identities.stream().map(cipher::decrypt).filter(stored.applicant().identityNumber()::equals).count();
	}

	public void event(long requestId, Instant at, String action, @Nullable String by, @Nullable String note) {
		jdbc.sql("insert into disclosure_request_event (request_id, at, action, by_name, note) values (:id, :at, :action, :by, :note)")
			.param("id", requestId)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("action", action)
			.param("by", by)
			.param("note", note)
			.update();
	}

	public List<RequestEvent> events(long requestId) {
		return jdbc.sql("select at, action, by_name, note from disclosure_request_event where request_id = :id order by id")
			.param("id", requestId)
			.query((rs, row) -> new RequestEvent(rs.getTimestamp("at").toInstant(), rs.getString("action"),
					rs.getString("by_name"), rs.getString("note")))
			.list();
	}

	private StoredRequest map(ResultSet rs, int row) throws SQLException {
		ReceiptChannel channel = ReceiptChannel.valueOf(rs.getString("channel"));
		Receipt receipt = new Receipt(channel, rs.getObject("arrived_on", LocalDate.class), rs.getObject("received_on", LocalDate.class));
		ClockFacts clock = JSON.readValue(rs.getString("clock"), ClockFacts.class);
		String replyType = rs.getString("reply_type");
		LocalDate closedOn = rs.getObject("closed_on", LocalDate.class);
		Reply reply = replyType == null ? null
				: new Reply(ReplyType.valueOf(replyType), Outcome.valueOf(rs.getString("outcome")),
						enumOrNull(rs.getString("withheld_reason")), rs.getString("reply_text"), closedOn);
		String outcome = rs.getString("outcome");
		DisclosureRequest request = DisclosureRequest.restore(receipt, RequestState.valueOf(rs.getString("state")),
				clock.correction(), clock.pauses() == null ? List.of() : clock.pauses(), clock.extension(), reply,
				outcome == null ? null : Outcome.valueOf(outcome), closedOn, rs.getString("redirect_note"));
		String kind = rs.getString("legal_person_kind");
		Applicant applicant = new Applicant(ApplicantType.valueOf(rs.getString("applicant_type")), open(rs.getString("applicant_name")),
				open(rs.getString("identity_number")), kind == null ? null : LegalPersonKind.valueOf(kind),
				open(rs.getString("contact_person")), open(rs.getString("phone")), open(rs.getString("email")),
				open(rs.getString("address")));
		return new StoredRequest(rs.getLong("id"), rs.getInt("version"), rs.getLong("site_id"), rs.getString("number"), applicant,
				open(rs.getString("description")), open(rs.getString("purpose")), Delivery.valueOf(rs.getString("delivery")),
				rs.getString("entered_by"), rs.getTimestamp("created_at").toInstant(), request);
	}

	private static @Nullable Outcome enumOrNull(@Nullable String name) {
		return name == null ? null : Outcome.valueOf(name);
	}

	private static String clockJson(DisclosureRequest request) {
		return JSON.writeValueAsString(new ClockFacts(request.correction(), request.pauses(), request.extension()));
	}

	private @Nullable String seal(@Nullable String plain) {
		return plain == null || plain.isBlank() ? null : cipher.encrypt(plain.strip());
	}

	@SuppressWarnings("NullAway")
	private String open(@Nullable String sealed) {
		return sealed == null ? null : cipher.decrypt(sealed);
	}
}
