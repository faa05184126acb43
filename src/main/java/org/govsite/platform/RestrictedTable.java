package org.govsite.platform;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A table on which the application's own database role keeps only some rights: a module declares
 * one as a bean for each table the application may read and add to but never change, such as an
 * audit trail. Every other table the application may read and write; no table may it alter,
 * truncate or own. The grants are renewed after every migration run, by the migrating owner.
 *
 * @param name the table's name in the {@code public} schema
 * @param kept the rights the application keeps: some of select, insert, update, delete
 */
public record RestrictedTable(String name, List<String> kept) {

	private static final Set<String> PRIVILEGES = Set.of("select", "insert", "update", "delete");

	public RestrictedTable {
		if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
			throw new IllegalArgumentException("Not a plain table name: " + name);
		}
		kept = kept.stream().map(privilege -> privilege.toLowerCase(Locale.ROOT)).toList();
		for (String privilege : kept) {
			if (!PRIVILEGES.contains(privilege)) {
				throw new IllegalArgumentException("Not a table privilege the application may keep: " + privilege);
			}
		}
	}

	public static RestrictedTable of(String name, String... kept) {
		return new RestrictedTable(name, List.of(kept));
	}
}
