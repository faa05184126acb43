package org.govsite.identity;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Answers what the signed-in staff member may do, from the authorities their roles grant (see
 * {@link StaffRole}). Usable in {@code @PreAuthorize("@staffAccess.managesSite(#siteId)")} and
 * from code.
 */
@Component("staffAccess")
public class StaffAccess {

	public boolean isSystemAdmin() {
		return has(StaffRole.SYSTEM_ADMIN.authority());
	}

	public boolean isSecurityAdmin() {
		return has(StaffRole.SECURITY_ADMIN.authority());
	}

	public boolean isAuditAdmin() {
		return has(StaffRole.AUDIT_ADMIN.authority());
	}

	/** The system administrator, or a site manager of this site. */
	public boolean managesSite(long siteId) {
		return isSystemAdmin() || hasSiteRole(siteId, StaffRole.SITE_MANAGER);
	}

	/** Whether the user holds the role over the site, site-wide or for some of its channels. */
	public boolean hasSiteRole(long siteId, StaffRole role) {
		return held().siteRoles().contains(role.forSite(siteId));
	}

	/** Whether the user holds the role over this channel: site-wide, or for the channel itself. */
	public boolean hasChannelRole(long siteId, long channelId, StaffRole role) {
		return has(role.forSite(siteId)) || has(role.forChannel(siteId, channelId));
	}

	/** The sites over which the user holds any of the roles. */
	public Set<Long> sitesWith(StaffRole... roles) {
		Set<Long> sites = new TreeSet<>();
		authorities().filter(a -> a.startsWith("site:")).forEach(a -> {
			String[] parts = a.split(":");
			for (StaffRole role : roles) {
				if (parts.length >= 3 && parts[2].equals(role.name())) {
					sites.add(Long.parseLong(parts[1]));
				}
			}
		});
		return sites;
	}

	/** The sites over which the user holds the role site-wide, not only for some channels. */
	public Set<Long> sitesWhollyWith(StaffRole role) {
		Set<Long> sites = new TreeSet<>();
		authorities().map(a -> a.split(":"))
			.filter(parts -> parts.length == 3 && parts[0].equals("site") && parts[2].equals(role.name()))
			.forEach(parts -> sites.add(Long.parseLong(parts[1])));
		return sites;
	}

	/** The channels (by site) for which alone the user holds the role. */
	public Map<Long, Set<Long>> channelsWith(StaffRole role) {
		Map<Long, Set<Long>> channels = new TreeMap<>();
		authorities().map(a -> a.split(":"))
			.filter(parts -> parts.length == 5 && parts[0].equals("site") && parts[2].equals(role.name())
					&& parts[3].equals("channel"))
			.forEach(parts -> channels.computeIfAbsent(Long.parseLong(parts[1]), site -> new TreeSet<>())
				.add(Long.parseLong(parts[4])));
		return channels;
	}

	/** The signed-in user's name, or {@code null} outside a request of a signed-in user. */
	public @Nullable String currentUsername() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? null : authentication.getName();
	}

	private boolean has(String authority) {
		return held().authorities().contains(authority);
	}

	/**
	 * The user's authorities as sets, built once per authorities and thread: a group-wide reviewer
	 * holds one a site (2,000 at a province) and a console page asks about every site, so a scan of
	 * them per question made such a page quadratic in the sites (2,000 × 2,000 at a province).
	 * Keyed by the collection itself, which an authentication keeps for its life.
	 *
	 * @param source the collection the sets were built from
	 * @param authorities every authority
	 * @param siteRoles {@code site:<id>:<ROLE>} for a role held over the site, site-wide or for some of its channels
	 */
	private record Held(@Nullable Collection<?> source, Set<String> authorities, Set<String> siteRoles) {
	}

	private static final Held NONE = new Held(null, Set.of(), Set.of());

	private static final ThreadLocal<Held> LAST = new ThreadLocal<>();

	private Held held() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return NONE;
		}
		Collection<? extends GrantedAuthority> granted = authentication.getAuthorities();
		Held last = LAST.get();
		if (last != null && last.source() == granted) {
			return last;
		}
		Set<String> authorities = new HashSet<>();
		Set<String> siteRoles = new HashSet<>();
		for (GrantedAuthority each : granted) {
			String authority = each.getAuthority();
			if (authority != null) {
				authorities.add(authority);
				int channel = authority.indexOf(":channel:");
				siteRoles.add(channel < 0 ? authority : authority.substring(0, channel));
			}
		}
		Held now = new Held(granted, authorities, siteRoles);
		LAST.set(now);
		return now;
	}

	private Stream<String> authorities() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return Stream.empty();
		}
		Collection<? extends GrantedAuthority> granted = authentication.getAuthorities();
		return granted.stream().map(GrantedAuthority::getAuthority).filter(a -> a != null);
	}
}
