package org.govsite.assessment.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.govsite.assessment.NewMediaFacts;
import org.govsite.assessment.NewMediaJudgement;
import org.govsite.assessment.NewMediaRule;
import org.govsite.assessment.Verdict;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The readings of 政务新媒体 accounts and their judgements, one per account and day. */
@Repository
public class NewMediaStore {

	private final JdbcClient jdbc;

	NewMediaStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void save(long siteId, NewMediaJudgement judgement, String by) {
		NewMediaFacts facts = judgement.facts();
		jdbc.sql("insert into assessment_new_media_check (account_id, site_id, checked_on, last_update_on, interaction_open,"
				+ " verdict, broken, checked_by) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (account_id, checked_on) do update set"
				+ " last_update_on = excluded.last_update_on, interaction_open = excluded.interaction_open,"
				+ " verdict = excluded.verdict, broken = excluded.broken, checked_by = excluded.checked_by")
			.params(facts.accountId(), siteId, Date.valueOf(facts.checkedOn()),
					facts.lastUpdateOn() == null ? null : Date.valueOf(facts.lastUpdateOn()), facts.interactionOpen(),
					judgement.verdict().code(), judgement.broken().stream().map(NewMediaRule::code).collect(Collectors.joining(",")),
					by)
			.update();
	}

	/** The site's accounts whose newest reading was judged 不合格. */
	public List<Long> failingAccounts(long siteId) {
		return jdbc.sql("select account_id from (select distinct on (account_id) account_id, verdict"
				+ " from assessment_new_media_check where site_id = ? order by account_id, checked_on desc) newest"
				+ " where verdict = 'fail' order by account_id")
			.param(siteId)
			.query(Long.class)
			.list();
	}

	/** Each of the site's accounts' newest reading, with who read it, by account. */
	public List<Newest> newestOf(long siteId) {
		return jdbc.sql("select distinct on (account_id) account_id, checked_on, last_update_on, broken, checked_by"
				+ " from assessment_new_media_check where site_id = ? order by account_id, checked_on desc")
			.param(siteId)
			.query((rs, row) -> {
				Date lastUpdate = rs.getDate("last_update_on");
				return new Newest(rs.getLong("account_id"), rs.getDate("checked_on").toLocalDate(),
						lastUpdate == null ? null : lastUpdate.toLocalDate(),
						codes(rs.getString("broken")),
						rs.getString("checked_by"));
			})
			.list();
	}

	/** An account's newest reading: the codes of the rules it broke, and who read it. */
	public record Newest(long accountId, LocalDate checkedOn, @Nullable LocalDate lastUpdateOn, Set<String> broken,
			String checkedBy) {
	}

	/** The site's readings, newest first, with the rules each broke (of those still in the rules). */
	public List<NewMediaJudgement> judgementsOf(long siteId, List<NewMediaRule> rules) {
		return jdbc.sql("select account_id, checked_on, last_update_on, interaction_open, verdict, broken"
				+ " from assessment_new_media_check where site_id = ? order by checked_on desc, account_id")
			.param(siteId)
			.query((rs, row) -> {
				Date lastUpdate = rs.getDate("last_update_on");
				Set<String> broken = codes(rs.getString("broken"));
				return new NewMediaJudgement(new NewMediaFacts(rs.getLong("account_id"), rs.getDate("checked_on").toLocalDate(),
						lastUpdate == null ? null : lastUpdate.toLocalDate(), rs.getBoolean("interaction_open")),
						Verdict.ofCode(rs.getString("verdict")),
						rules.stream().filter(rule -> broken.contains(rule.code())).toList());
			})
			.list();
	}

	/** The codes of the broken rules, as stored: comma-separated, empty for none. */
	private static Set<String> codes(String stored) {
		return Set.of(Arrays.stream(stored.split(",")).filter(code -> !code.isEmpty()).toArray(String[]::new));
	}
}
