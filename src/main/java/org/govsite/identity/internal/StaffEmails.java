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
		return holders(authority).stream().map(Holder::email).filter(java.util.Objects::nonNull).distinct().sorted().toList();
	}

	@Override
	public List<String> holdersOf(String authority) {
		return holders(authority).stream().map(Holder::username).toList();
	}

	private record Holder(String username, @Nullable String email) {
	}

	/** The enabled accounts that hold the authority through a grant of exactly its scope. */
	private List<Holder> holders(String authority) {
		Matcher scoped = SCOPED.matcher(authority);
		if (scoped.matches() && role(scoped.group(2)) != null) {
			return jdbc.sql("""
					select distinct a.username, a.email from staff_account a join role_grant g on g.staff_account = a.id
					where a.enabled and g.role = :role and g.site_id = :site
					  and g.channel_id is not distinct from :channel
					order by a.username""")
				.param("role", scoped.group(2))
				.param("site", Long.parseLong(scoped.group(1)))
				.param("channel", scoped.group(3) == null ? null : Long.parseLong(scoped.group(3)), java.sql.Types.BIGINT)
				.query((rs, n) -> new Holder(rs.getString(1), rs.getString(2)))
				.list();
		}
		Matcher platform = PLATFORM.matcher(authority);
		@Nullable StaffRole role = platform.matches() ? role(platform.group(1)) : null;
		if (role == null || !role.isAdministrator()) {
			return List.of();
		}
		return jdbc.sql("""
				select distinct a.username, a.email from staff_account a join role_grant g on g.staff_account = a.id
				where a.enabled and g.role = ? order by a.username""")
			.param(role.name())
			.query((rs, n) -> new Holder(rs.getString(1), rs.getString(2)))
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
