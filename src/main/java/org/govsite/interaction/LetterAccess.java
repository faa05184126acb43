package org.govsite.interaction;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govsite.identity.StaffRole;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who may handle letters: the 信件办理员 and the 站点管理员 of the site that handles a letter now;
 * extensions are approved by that site's manager alone.
 */
public final class LetterAccess {

	private static final Pattern SITE_ROLE = Pattern.compile("site:(\\d+):(LETTER_HANDLER|SITE_MANAGER)");

	private LetterAccess() {
	}

	/** The sites whose letters the user handles. */
	public static Set<Long> sitesOf(Authentication user) {
		Set<Long> sites = new TreeSet<>();
		for (GrantedAuthority granted : user.getAuthorities()) {
			Matcher matcher = SITE_ROLE.matcher(String.valueOf(granted.getAuthority()));
			if (matcher.matches()) {
				sites.add(Long.parseLong(matcher.group(1)));
			}
		}
		return sites;
	}

	public static Authentication user() {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (user == null) {
			throw new AccessDeniedException("not signed in");
		}
		return user;
	}

	public static void requireHandler(long siteId) {
		if (!sitesOf(user()).contains(siteId)) {
			throw new AccessDeniedException("not a letter handler of site " + siteId);
		}
	}

	public static void requireManager(long siteId) {
		String manager = StaffRole.SITE_MANAGER.forSite(siteId);
		if (user().getAuthorities().stream().noneMatch(granted -> manager.equals(granted.getAuthority()))) {
			throw new AccessDeniedException("not the site manager of site " + siteId);
		}
	}

}
