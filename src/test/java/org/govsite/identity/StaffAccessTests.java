package org.govsite.identity;

import java.util.AbstractCollection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the signed-in user may do, from their authorities, asked once a site by the console's
 * group-wide pages: at a province a reviewer of every site holds 2,000 authorities, and asking about
 * each of the 2,000 sites must not read them all each time (the group's document list took 2.7 s).
 */
class StaffAccessTests {

	static final int SITES = 2000;

	/** Authorities that count how many of them were read. */
	static final class Counted extends AbstractCollection<GrantedAuthority> {

		final List<GrantedAuthority> authorities = new ArrayList<>();

		int read;

		@Override
		public Iterator<GrantedAuthority> iterator() {
			Iterator<GrantedAuthority> each = authorities.iterator();
			return new Iterator<>() {

				@Override
				public boolean hasNext() {
					return each.hasNext();
				}

				@Override
				public GrantedAuthority next() {
					read++;
					return each.next();
				}
			};
		}

		@Override
		public int size() {
			return authorities.size();
		}
	}

	/** A signed-in user holding exactly these authorities (the collection is kept, as a token keeps it). */
	record SignedIn(Collection<GrantedAuthority> getAuthorities) implements Authentication {

		@Override
		public Object getCredentials() {
			return "";
		}

		@Override
		public Object getDetails() {
			return "";
		}

		@Override
		public Object getPrincipal() {
			return "group-reviewer";
		}

		@Override
		public boolean isAuthenticated() {
			return true;
		}

		@Override
		public void setAuthenticated(boolean authenticated) {
			throw new UnsupportedOperationException();
		}

		@Override
		public String getName() {
			return "group-reviewer";
		}
	}

	final StaffAccess access = new StaffAccess();

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aReviewerOfEverySiteAskedAboutEverySiteHasTheirAuthoritiesReadOnce() {
		Counted authorities = new Counted();
		for (long site = 1; site <= SITES; site++) {
			authorities.authorities.add(new SimpleGrantedAuthority(StaffRole.REVIEWER.forSite(site)));
		}
		authorities.authorities.add(new SimpleGrantedAuthority(StaffRole.EDITOR.forChannel(7, 70)));
		SecurityContextHolder.getContext().setAuthentication(new SignedIn(authorities));

		int held = 0;
		for (long site = 1; site <= SITES + 1; site++) {
			for (StaffRole role : StaffRole.values()) {
				if (!role.isAdministrator() && access.hasSiteRole(site, role)) {
					held++;
				}
			}
		}

		assertThat(held).isEqualTo(SITES + 1);
		assertThat(authorities.read).isEqualTo(SITES + 1);
	}

	@Test
	void aRoleForOneChannelIsARoleOnTheSiteButNotOverItsOtherChannels() {
		Counted authorities = new Counted();
		authorities.authorities.add(new SimpleGrantedAuthority(StaffRole.EDITOR.forChannel(7, 70)));
		authorities.authorities.add(new SimpleGrantedAuthority(StaffRole.REVIEWER.forSite(8)));
		SecurityContextHolder.getContext().setAuthentication(new SignedIn(authorities));

		assertThat(access.hasSiteRole(7, StaffRole.EDITOR)).isTrue();
		assertThat(access.hasSiteRole(7, StaffRole.REVIEWER)).isFalse();
		assertThat(access.hasSiteRole(70, StaffRole.EDITOR)).isFalse();
		assertThat(access.hasChannelRole(7, 70, StaffRole.EDITOR)).isTrue();
		assertThat(access.hasChannelRole(7, 71, StaffRole.EDITOR)).isFalse();
		assertThat(access.hasChannelRole(8, 80, StaffRole.REVIEWER)).isTrue();
		assertThat(access.sitesWhollyWith(StaffRole.REVIEWER)).containsExactly(8L);
	}

	@Test
	void anotherUserOnTheSameThreadIsAskedAboutTheirOwnAuthorities() {
		Counted first = new Counted();
		first.authorities.add(new SimpleGrantedAuthority(StaffRole.SITE_MANAGER.forSite(1)));
		SecurityContextHolder.getContext().setAuthentication(new SignedIn(first));
		assertThat(access.managesSite(1)).isTrue();

		Counted second = new Counted();
		second.authorities.add(new SimpleGrantedAuthority(StaffRole.EDITOR.forSite(1)));
		SecurityContextHolder.getContext().setAuthentication(new SignedIn(second));
		assertThat(access.managesSite(1)).isFalse();
		assertThat(access.hasSiteRole(1, StaffRole.EDITOR)).isTrue();

		SecurityContextHolder.clearContext();
		assertThat(access.hasSiteRole(1, StaffRole.EDITOR)).isFalse();
	}
}
