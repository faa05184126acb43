package org.govsite.identity.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.govsite.audit.AuditContext;
import org.govsite.audit.Audited;
import org.govsite.identity.AccountView;
import org.govsite.identity.ApiTokenView;
import org.govsite.identity.IssuedToken;
import org.govsite.identity.MyAccount;
import org.govsite.platform.BackOffice;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The token holder's own account and tokens. */
@RestController
@BackOffice
@RequestMapping("/api/v1/me")
@Tag(name = "me", description = "当前账号与 API 令牌")
class MeApiController {

	private final MyAccount myAccount;

	MeApiController(MyAccount myAccount) {
		this.myAccount = myAccount;
	}

	@GetMapping
	AccountView me() {
		return myAccount.me();
	}

	@GetMapping("/tokens")
	List<ApiTokenView> tokens() {
		return myAccount.tokens();
	}

	@PostMapping("/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	@Audited(value = "account.token.issue", objectType = "apiToken")
	IssuedToken issue(@Valid @RequestBody NewToken request) {
		IssuedToken token = myAccount.issueToken(request.name(), request.validDays());
		AuditContext.objectId(token.id());
		return token;
	}

	@DeleteMapping("/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Audited(value = "account.token.revoke", objectType = "apiToken")
	void revoke(@PathVariable long id) {
		myAccount.revokeToken(id);
	}

	record NewToken(@NotBlank @Size(max = 100) String name, @Nullable Integer validDays) {
	}
}
