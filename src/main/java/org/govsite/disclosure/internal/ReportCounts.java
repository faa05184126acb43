package org.govsite.disclosure.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.Set;

import org.govsite.content.ContentCatalog;
import org.govsite.content.DisclosureMetadata;
import org.govsite.content.Validity;
import org.govsite.disclosure.ApplicantType;
import org.govsite.disclosure.ApplicationTable;
import org.govsite.disclosure.LegalPersonKind;
import org.govsite.disclosure.Outcome;
import org.govsite.disclosure.ProactiveFigures;
import org.govsite.disclosure.ReportInput;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts the report's figures from live data: applications from this module's table, proactive
 * disclosure from the library through content's catalogue.
 */
@Component
public class ReportCounts {

	private static final Set<Validity> ENDED = Set.of(Validity.REPEALED, Validity.EXPIRED);

	private final JdbcClient jdbc;

	private final ContentCatalog catalogue;

	ReportCounts(JdbcClient jdbc, ContentCatalog catalogue) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
	}

	/**
	 * Section 三 for a site's body and a year: 新收 are the applications received in the year, 上年结转
	 * those received before it and still open at its start, each 办理结果 those closed in it by their
	 * outcome, 结转下年度 those still open at its end.
	 */
	public ApplicationTable applications(long siteId, int year) {
		LocalDate first = Year.of(year).atDay(1);
		LocalDate last = Year.of(year).atMonth(12).atEndOfMonth();
		ApplicationTable table = ApplicationTable.empty();
		jdbc.sql("""
				select applicant_type, legal_person_kind, received_on, closed_on, outcome from disclosure_request
				where site_id = :site and state <> 'REDIRECTED' and received_on <= :last and (closed_on is null or closed_on >= :first)
				""").param("site", siteId).param("first", first).param("last", last).query(rs -> {
			String kind = rs.getString("legal_person_kind");
			int column = ApplicationTable.column(ApplicantType.valueOf(rs.getString("applicant_type")),
					kind == null ? LegalPersonKind.OTHER : LegalPersonKind.valueOf(kind));
			LocalDate received = rs.getObject("received_on", LocalDate.class);
			LocalDate closed = rs.getObject("closed_on", LocalDate.class);
			ApplicationTable.count(received.isBefore(first) ? table.carriedIn() : table.received(), column);
			if (closed != null && !closed.isAfter(last)) {
				ApplicationTable.count(table.outcomes().get(Outcome.valueOf(rs.getString("outcome"))), column);
			}
			else {
				ApplicationTable.count(table.carriedOut(), column);
			}
		});
		return table;
	}

	/**
	 * Section 二: rules (规章) and normative documents (行政规范性文件) by their 效力等级, made in the year
	 * (成文日期), repealed in it (有效性 废止 or 失效, changed in the year) and in force; the rest as entered.
	 */
	public ProactiveFigures proactive(long siteId, int year, ReportInput entered, ZoneId zone) {
		int[] rules = new int[3];
		int[] normative = new int[3];
		catalogue.forEachPublished(siteId, document -> {
			DisclosureMetadata metadata = document.disclosure();
			if (metadata == null || metadata.effectLevel() == null) {
				return;
			}
			int[] counts = metadata.effectLevel().contains("规章") ? rules
					: metadata.effectLevel().contains("规范性文件") ? normative : null;
			if (counts == null) {
				return;
			}
			if (metadata.writtenOn() != null && metadata.writtenOn().getYear() == year) {
				counts[0]++;
			}
			if (ENDED.contains(metadata.validity()) && document.updatedAt().atZone(zone).getYear() == year) {
				counts[1]++;
			}
			if (metadata.validity() == Validity.VALID || metadata.validity() == Validity.AMENDED) {
				counts[2]++;
			}
		});
		return new ProactiveFigures(rules[0], rules[1], rules[2], normative[0], normative[1], normative[2], entered.licensing(),
				entered.penalty(), entered.coercion(), entered.feesTenThousandYuan() == null ? BigDecimal.ZERO : entered.feesTenThousandYuan());
	}
}
