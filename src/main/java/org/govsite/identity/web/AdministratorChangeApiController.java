package org.govsite.identity.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.govsite.audit.AuditContext;
import org.govsite.audit.Audited;
import org.govsite.identity.AdministratorChange;
import org.govsite.identity.AdministratorChanges;
import org.govsite.platform.BackOffice;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrator changes over the API: seen, approved and refused by the three administrators. */
@RestController
@BackOffice
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN')")
@RequestMapping("/api/v1/administrator-changes")
@Tag(name = "administrator-changes", description = "三员账号变更的申请与审批")
class AdministratorChangeApiController {

	private final AdministratorChanges changes;

	AdministratorChangeApiController(AdministratorChanges changes) {
		this.changes = changes;
	}

	@GetMapping
	List<AdministratorChange> list() {
		return changes.list();
	}

	@GetMapping("/{id}")
	AdministratorChange get(@PathVariable long id) {
		return changes.change(id);
	}

	@PostMapping("/{id}/approval")
	@Audited(value = "account.change.approve", objectType = "administratorChange")
	AdministratorChange approve(@PathVariable long id) {
		AdministratorChange change = changes.approve(id);
		AuditContext.detail(AdministratorChangeText.describe(change));
		return change;
	}

	@PostMapping("/{id}/refusal")
	@Audited(value = "account.change.refuse", objectType = "administratorChange")
	AdministratorChange refuse(@PathVariable long id, @Valid @RequestBody Refusal request) {
		AdministratorChange change = changes.refuse(id, request.reason());
		AuditContext.detail(AdministratorChangeText.describe(change));
		return change;
	}

	record Refusal(@NotBlank @Size(max = 500) String reason) {
	}
}
