package org.govsite.identity.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.govsite.identity.Grant;
import org.govsite.identity.SecurityPolicy;
import org.govsite.identity.StaffRole;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A staff member's account: who they are, their password and second factor, their roles, and
 * the sign-in state (failed attempts, lockout).
 */
@Table("staff_account")
class StaffAccount {

	@Id
	@Nullable Long id;

	@Version
	int version;

	String username;

	String displayName;

	@Nullable String unit;

	@Nullable String email;

	@Nullable String passwordHash;

	@Nullable Instant passwordChangedAt;

	boolean mustChangePassword = true;

	boolean enabled = true;

	int failedAttempts;

	@Nullable Instant lockedUntil;

	@Nullable String totpSecret;

	@Nullable Instant totpEnrolledAt;

	@Nullable Long totpLastStep;

	@Nullable String activationHash;

	@Nullable Instant activationExpires;

	Instant createdAt;

	@Nullable Instant lastLoginAt;

	@Nullable String lastLoginAddress;

	@MappedCollection(idColumn = "staff_account")
	Set<RoleGrantRow> grants = new HashSet<>();

	StaffAccount(String username, String displayName, Instant createdAt) {
		this.username = username;
		this.displayName = displayName;
		this.createdAt = createdAt;
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Account " + username + " is not saved yet");
		}
		return id;
	}

	boolean isLocked(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	/** Counts a failed sign-in; returns true when this one locks the account. */
	boolean signInFailed(Instant now, SecurityPolicy policy) {
		if (isLocked(now)) {
			return false;
		}
		failedAttempts++;
		if (failedAttempts >= policy.maxFailedAttempts()) {
			lockedUntil = now.plus(policy.lockout());
			failedAttempts = 0;
			return true;
		}
		return false;
	}

	void signedIn(Instant now, @Nullable String address) {
		failedAttempts = 0;
		lockedUntil = null;
		lastLoginAt = now;
		lastLoginAddress = address;
	}

	void unlock() {
		failedAttempts = 0;
		lockedUntil = null;
	}

	boolean passwordExpired(Instant now, SecurityPolicy policy) {
		return passwordChangedAt == null || passwordChangedAt.plus(policy.passwordMaxAge()).isBefore(now);
	}

	/** Whether the holder must set a new password before doing anything else. */
	boolean needsNewPassword(Instant now, SecurityPolicy policy) {
		return mustChangePassword || passwordExpired(now, policy);
	}

	void setPassword(String hash, Instant now, boolean chosenByHolder) {
		passwordHash = hash;
		passwordChangedAt = now;
		mustChangePassword = !chosenByHolder;
		activationHash = null;
		activationExpires = null;
	}

	boolean hasSecondFactor() {
		return totpSecret != null && totpEnrolledAt != null;
	}

	void enrollSecondFactor(String encryptedSecret, Instant now) {
		totpSecret = encryptedSecret;
		totpEnrolledAt = now;
	}

	void resetSecondFactor() {
		totpSecret = null;
		totpEnrolledAt = null;
	}

	Set<Grant> grants() {
		return grants.stream().map(RoleGrantRow::toGrant).collect(Collectors.toUnmodifiableSet());
	}

	Set<StaffRole> roles() {
		return grants.stream().map(RoleGrantRow::role).collect(Collectors.toUnmodifiableSet());
	}

	void replaceGrants(Set<Grant> newGrants) {
		grants = newGrants.stream().map(RoleGrantRow::of).collect(Collectors.toCollection(HashSet::new));
	}

	boolean isAdministrator() {
		return roles().stream().anyMatch(StaffRole::isAdministrator);
	}
}
