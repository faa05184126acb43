package org.govsite.audit.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.govsite.audit.AuditOutcome;
import org.govsite.audit.AuditQuery;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

/** The console's filter form over the audit trail; blank fields match everything. */
public class AuditFilterForm {

	static final String[] FIELDS = { "actor", "action", "objectType", "objectId", "outcome", "from", "to" };

	private @Nullable String actor;

	private @Nullable String action;

	private @Nullable String objectType;

	private @Nullable String objectId;

	private @Nullable AuditOutcome outcome;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate to;

	AuditQuery toQuery() {
		return new AuditQuery(blankToNull(actor), blankToNull(action), blankToNull(objectType), blankToNull(objectId),
				outcome, from, to);
	}

	/** The criteria given, as {@code name=value} pairs: the detail of the reading's own audit record, and the page links. */
	Map<String, String> criteria() {
		Map<String, String> criteria = new LinkedHashMap<>();
		AuditQuery query = toQuery();
		put(criteria, "actor", query.actor());
		put(criteria, "action", query.action());
		put(criteria, "objectType", query.objectType());
		put(criteria, "objectId", query.objectId());
		put(criteria, "outcome", query.outcome());
		put(criteria, "from", query.from());
		put(criteria, "to", query.to());
		return criteria;
	}

	String describe() {
		return criteria().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
	}

	/** The console address of a page of these results. */
	String pageLink(int page) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/admin/audit");
		criteria().forEach(link::queryParam);
		return link.queryParam("page", page).encode().build().toUriString();
	}

	private static void put(Map<String, String> criteria, String name, @Nullable Object value) {
		if (value != null) {
			criteria.put(name, value.toString());
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public @Nullable String getActor() {
		return actor;
	}

	public void setActor(@Nullable String actor) {
		this.actor = actor;
	}

	public @Nullable String getAction() {
		return action;
	}

	public void setAction(@Nullable String action) {
		this.action = action;
	}

	public @Nullable String getObjectType() {
		return objectType;
	}

	public void setObjectType(@Nullable String objectType) {
		this.objectType = objectType;
	}

	public @Nullable String getObjectId() {
		return objectId;
	}

	public void setObjectId(@Nullable String objectId) {
		this.objectId = objectId;
	}

	public @Nullable AuditOutcome getOutcome() {
		return outcome;
	}

	public void setOutcome(@Nullable AuditOutcome outcome) {
		this.outcome = outcome;
	}

	public @Nullable LocalDate getFrom() {
		return from;
	}

	public void setFrom(@Nullable LocalDate from) {
		this.from = from;
	}

	public @Nullable LocalDate getTo() {
		return to;
	}

	public void setTo(@Nullable LocalDate to) {
		this.to = to;
	}
}
