package org.govsite.site.web;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Unique data for the shared test database, and the staff members the tests sign in as. */
final class SiteTestData {

	private SiteTestData() {
	}

	/** A random local 标识码: 10 digits. */
	static String siteCode() {
		return String.format("%010d", ThreadLocalRandom.current().nextLong(10_000_000_000L));
	}

	static String unique(String prefix) {
		return prefix + UUID.randomUUID().toString().substring(0, 8);
	}

	static String domain() {
		return unique("t") + ".gov.cn";
	}

	static RequestPostProcessor admin() {
		return staff("admin", "ROLE_SYSTEM_ADMIN");
	}

	/** Another system administrator: a request is approved by someone other than who asked. */
	static RequestPostProcessor secondAdmin() {
		return staff("admin2", "ROLE_SYSTEM_ADMIN");
	}

	static RequestPostProcessor manager(long siteId) {
		return staff("manager" + siteId, "site:" + siteId + ":SITE_MANAGER");
	}

	/** Another manager of the site: an application is approved by someone other than who applied. */
	static RequestPostProcessor secondManager(long siteId) {
		return staff("manager2-" + siteId, "site:" + siteId + ":SITE_MANAGER");
	}

	static RequestPostProcessor editor(long siteId) {
		return staff("editor" + siteId, "site:" + siteId + ":EDITOR");
	}

	static RequestPostProcessor staff(String name, String authority) {
		return user(name).authorities(new SimpleGrantedAuthority(authority), new SimpleGrantedAuthority("STAFF"));
	}

	/** The body of {@code POST /api/v1/sites}: a portal with everything the go-live gate asks, or nothing of it. */
	static String siteJson(String name, boolean complete) {
		return siteJson(name, complete, null);
	}

	/** The same for a department site under the given portal. */
	static String departmentJson(String name, long portalId) {
		return siteJson(name, true, portalId);
	}

	private static String siteJson(String name, boolean complete, @Nullable Long portalId) {
		String filings = complete ? """
				"siteCode": "%s", "englishDomain": "%s", "icpNumber": "粤ICP备12345678号",
				"publicSecurityNumber": "粤公网安备44160202000001号", "badgeNumber": "bs-1",
				"securityLevel": 3, "securityFilingNumber": "44160213001-00001", "securityAssessedOn": "2025-12-01",
				"securityPassed": true,""".formatted(siteCode(), domain()) : "";
		return """
				{"registration": {"kind": "%s", "parentId": %s, "name": "%s", %s "chineseDomain": null},
				 "profile": {"sponsor": "%s", "responsiblePerson": "张三", "contactPerson": "李四",
				             "contactPhone": "0752-1234567", "contactEmail": "web@example.gov.cn"}}
				""".formatted(portalId == null ? "PORTAL" : "DEPARTMENT", portalId, name, filings, unique("测试主办单位"));
	}
}
