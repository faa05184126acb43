package org.govsite.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govsite.identity.StaffDirectory;
import org.govsite.identity.StaffRole;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link StaffDirectory} over the accounts and their grants. */
@Component
@Transactional(readOnly = true)
class StaffEmails implements StaffDirectory {

	private static final Pattern SCOPED = Pattern.compile("site:(\\d+):([A-Z_]+)(?::channel:(\\d+))?");

	private static final Pattern PLATFORM = Pattern.compile("ROLE_([A-Z_]+)");

	private final JdbcClient jdbc;

	StaffEmails(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<String> emailOf(String username) {
		return jdbc.sql("select email from staff_account where username = ? and enabled and email is not null")
			.param(username)
			.query(String.class)
			.optional();
	}

	@Override
	public List<String> emailsOfRole(String authority) {
		return ofRole(authority, "a.email", "and a.email is not null");
	}

	@Override
	public List<String> holdersOf(String authority) {
		return ofRole(authority, "a.username", "");
	}

	/** A column of the enabled holders of the authority; the column and condition are constants of this class. */
	private List<String> ofRole(String authority, String column, String condition) {
		Matcher scoped = SCOPED.matcher(authority);
		if (scoped.matches() && role(scoped.group(2)) != null) {
			return jdbc.sql("""
					select distinct %1$s from staff_account a join role_grant g on g.staff_account = a.id
					where a.enabled %2$s and g.role = :role and g.site_id = :site
					  and g.channel_id is not distinct from :channel
					order by %1$s""".formatted(column, condition))
				.param("role", scoped.group(2))
				.param("site", Long.parseLong(scoped.group(1)))
				.param("channel", scoped.group(3) == null ? null : Long.parseLong(scoped.group(3)), java.sql.Types.BIGINT)
				.query(String.class)
				.list();
		}
		Matcher platform = PLATFORM.matcher(authority);
		@Nullable StaffRole role = platform.matches() ? role(platform.group(1)) : null;
		if (role == null || !role.isAdministrator()) {
			return List.of();
		}
		return jdbc.sql("""
				select distinct %1$s from staff_account a join role_grant g on g.staff_account = a.id
				where a.enabled %2$s and g.role = ? order by %1$s""".formatted(column, condition))
			.param(role.name())
			.query(String.class)
			.list();
	}

	private static @Nullable StaffRole role(String name) {
		for (StaffRole role : StaffRole.values()) {
			if (role.name().equals(name)) {
				return role;
			}
		}
		return null;
	}
}
