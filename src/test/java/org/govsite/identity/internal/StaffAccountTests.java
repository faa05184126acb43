package org.govsite.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.govsite.identity.Grant;
import org.govsite.identity.SecurityPolicy;
import org.govsite.identity.StaffRole;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StaffAccountTests {

	private final Instant start = Instant.parse("2026-03-02T01:00:00Z");

	private final SecurityPolicy policy = SecurityPolicy.DEFAULTS;

	@Test
	void theFifthFailureInARowLocksFor15Minutes() {
		StaffAccount account = new StaffAccount("wangwu", "王五", start);
		for (int attempt = 1; attempt <= 4; attempt++) {
			assertThat(account.signInFailed(start, policy)).isFalse();
		}
		assertThat(account.signInFailed(start, policy)).isTrue();
		assertThat(account.isLocked(start.plus(Duration.ofMinutes(14)))).isTrue();
		assertThat(account.isLocked(start.plus(Duration.ofMinutes(15)).plusSeconds(1))).isFalse();
	}

	@Test
	void aSuccessfulSignInClearsTheCount() {
		StaffAccount account = new StaffAccount("wangwu", "王五", start);
		for (int attempt = 1; attempt <= 4; attempt++) {
			account.signInFailed(start, policy);
		}
		account.signedIn(start, "10.0.0.1");
		assertThat(account.signInFailed(start, policy)).isFalse();
		assertThat(account.lastLoginAddress).isEqualTo("10.0.0.1");
	}

	@Test
	void failuresWhileLockedDoNotExtendTheLock() {
		StaffAccount account = new StaffAccount("wangwu", "王五", start);
		for (int attempt = 1; attempt <= 5; attempt++) {
			account.signInFailed(start, policy);
		}
		Instant until = account.lockedUntil;
		account.signInFailed(start.plusSeconds(60), policy);
		assertThat(account.lockedUntil).isEqualTo(until);
	}

	@Test
	void aPasswordExpiresAfterTheConfiguredDays() {
		StaffAccount account = new StaffAccount("wangwu", "王五", start);
		account.setPassword("hash", start, true);
		assertThat(account.needsNewPassword(start.plus(Duration.ofDays(89)), policy)).isFalse();
		assertThat(account.needsNewPassword(start.plus(Duration.ofDays(91)), policy)).isTrue();
		SecurityPolicy stricter = new SecurityPolicy(30, 5, 5, 15, 30, Set.of());
		assertThat(account.needsNewPassword(start.plus(Duration.ofDays(31)), stricter)).isTrue();
	}

	@Test
	void aPasswordSetBySomeoneElseMustBeChanged() {
		StaffAccount account = new StaffAccount("wangwu", "王五", start);
		account.setPassword("hash", start, false);
		assertThat(account.needsNewPassword(start, policy)).isTrue();
	}

	@Test
	void administratorsAndChosenRolesNeedASecondFactor() {
		assertThat(policy.requiresSecondFactor(Set.of(StaffRole.AUDIT_ADMIN))).isTrue();
		assertThat(policy.requiresSecondFactor(Set.of(StaffRole.EDITOR))).isFalse();
		SecurityPolicy reviewersToo = new SecurityPolicy(90, 5, 5, 15, 30, Set.of(StaffRole.REVIEWER));
		assertThat(reviewersToo.requiresSecondFactor(Set.of(StaffRole.EDITOR, StaffRole.REVIEWER))).isTrue();
		StaffAccount account = new StaffAccount("zhaoliu", "赵六", start);
		account.replaceGrants(Set.of(Grant.site(StaffRole.REVIEWER, 3)));
		assertThat(reviewersToo.requiresSecondFactor(account.roles())).isTrue();
	}
}
