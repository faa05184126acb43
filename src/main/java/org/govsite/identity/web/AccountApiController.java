package org.govsite.identity.web;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.govsite.audit.AuditContext;
import org.govsite.audit.Audited;
import org.govsite.identity.AccountView;
import org.govsite.identity.AdministratorChange;
import org.govsite.identity.GrantOutcome;
import org.govsite.identity.PasswordReset;
import org.govsite.identity.Activation;
import org.govsite.identity.ApiTokenView;
import org.govsite.identity.Grant;
import org.govsite.identity.IdentityManagement;
import org.govsite.identity.NewAccount;
import org.govsite.platform.BackOffice;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Staff accounts over the API, for the security administrator. Passwords never pass through it. */
@RestController
@BackOffice
@PreAuthorize("hasRole('SECURITY_ADMIN')")
@RequestMapping("/api/v1/accounts")
@Tag(name = "accounts", description = "员工账号与角色（安全管理员）")
class AccountApiController {

	private final IdentityManagement identity;

	AccountApiController(IdentityManagement identity) {
		this.identity = identity;
	}

	@GetMapping
	List<AccountView> list() {
		return identity.accounts();
	}

	@GetMapping("/{id}")
	AccountView get(@PathVariable long id) {
		return identity.account(id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Audited(value = "account.open", objectType = "account")
	@Operation(summary = "Opens an account; the answer holds the one-time link through which its holder sets a password")
	Activation open(@Valid @RequestBody OpenAccount request) {
		Activation activation = identity.open(new NewAccount(request.username(), request.displayName(), request.unit(),
				request.email()));
		AuditContext.objectId(activation.accountId());
		return activation;
	}

	@PutMapping("/{id}")
	@Audited(value = "account.update", objectType = "account")
	@Operation(summary = "Changes an account's details; an administrator's email changes only once another administrator approves (202)")
	ResponseEntity<?> update(@PathVariable long id, @Valid @RequestBody AccountDetails request) {
		AdministratorChange pending = identity.update(id, request.displayName(), request.unit(), request.email());
		if (pending != null) {
			return waiting(pending);
		}
		return ResponseEntity.ok(identity.account(id));
	}

	@PutMapping("/{id}/grants")
	@Audited(value = "account.grant", objectType = "account")
	@Operation(summary = "Replaces an account's roles; one of the three administrator roles is only requested (202) until the other two administrators approve")
	ResponseEntity<?> grant(@PathVariable long id, @Valid @RequestBody @NotNull Set<Grant> grants) {
		GrantOutcome outcome = identity.grant(id, grants);
		AuditContext.detail(outcome.describe());
		if (outcome.pending() != null) {
			return ResponseEntity.accepted().body(outcome.pending());
		}
		return ResponseEntity.ok(identity.account(id));
	}

	@PostMapping("/{id}/unlock")
	@Audited(value = "account.unlock", objectType = "account")
	AccountView unlock(@PathVariable long id) {
		identity.unlock(id);
		return identity.account(id);
	}

	@PostMapping("/{id}/enabled")
	@Audited(value = "account.enable", objectType = "account")
	AccountView enable(@PathVariable long id, @RequestBody Enabled request) {
		identity.enable(id, request.enabled());
		return identity.account(id);
	}

	@PostMapping("/{id}/password-reset")
	@Audited(value = "account.resetPassword", objectType = "account")
	@Operation(summary = "Withdraws the password: the new activation link for ordinary staff; for an administrator a request (202) that another administrator approves, after which the link goes to the holder alone")
	ResponseEntity<?> resetPassword(@PathVariable long id) {
		PasswordReset reset = identity.resetPassword(id);
		if (reset.pending() != null) {
			return waiting(reset.pending());
		}
		return ResponseEntity.ok(reset.activation());
	}

	@PostMapping("/{id}/second-factor-reset")
	@Audited(value = "account.resetSecondFactor", objectType = "account")
	@Operation(summary = "The holder enrols a second factor again; for an administrator a request (202) that another administrator approves")
	ResponseEntity<?> resetSecondFactor(@PathVariable long id) {
		AdministratorChange pending = identity.resetSecondFactor(id);
		if (pending != null) {
			return waiting(pending);
		}
		return ResponseEntity.ok(identity.account(id));
	}

	@GetMapping("/{id}/tokens")
	List<ApiTokenView> tokens(@PathVariable long id) {
		return identity.tokensOf(id);
	}

	@DeleteMapping("/{id}/tokens/{tokenId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Audited(value = "account.token.revoke", objectType = "apiToken", objectIdParameter = "tokenId")
	void revoke(@PathVariable long id, @PathVariable long tokenId) {
		identity.revokeToken(tokenId);
	}

	private static ResponseEntity<AdministratorChange> waiting(AdministratorChange pending) {
		AuditContext.detail("requested administrator change #" + pending.id() + " (" + pending.kind() + "), awaiting approval");
		return ResponseEntity.accepted().body(pending);
	}

	record OpenAccount(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 100) String displayName,
			@Nullable @Size(max = 200) String unit, @Nullable @Email String email) {
	}

	record AccountDetails(@NotBlank @Size(max = 100) String displayName, @Nullable @Size(max = 200) String unit,
			@Nullable @Email String email) {
	}

	record Enabled(boolean enabled) {
	}
}
