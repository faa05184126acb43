package org.govsite.audit;

import java.util.Map;

import org.govsite.platform.BackOffice;
import org.govsite.platform.RuleViolation;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An API controller that exists only in the tests, to drive the audit interceptor. */
@RestController
@BackOffice
@RequestMapping("/api/v1/test-audit/things")
class AuditProbeApiController {

	@PutMapping("/{id}")
	@Audited(value = "test-audit.update", objectType = "thing")
	Map<String, String> update(@PathVariable String id) {
		return Map.of("id", id);
	}

	@DeleteMapping("/{id}")
	@Audited(value = "test-audit.delete", objectType = "thing")
	void delete(@PathVariable String id) {
		throw new RuleViolation("test-audit.refused");
	}
}
