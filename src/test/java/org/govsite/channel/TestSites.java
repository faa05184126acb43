package org.govsite.channel;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.govsite.identity.StaffRole;
import org.govsite.site.ChangeSubject;
import org.govsite.site.LifecycleStep;
import org.govsite.site.SecurityAssessment;
import org.govsite.site.SiteKind;
import org.govsite.site.SiteManagement;
import org.govsite.site.SiteProfile;
import org.govsite.site.SiteRegistration;
import org.govsite.site.StepInput;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Sites for the channel tests, registered through the site module: each test makes its own, as
 * the database is shared. Registering is the system administrator's, whoever the test signs in as.
 */
@Component
class TestSites {

	private final SiteManagement sites;

	TestSites(SiteManagement sites) {
		this.sites = sites;
	}

	/** A site just applied for, as when its channel tree is first built. */
	long newSite() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		return asSystemAdmin(() -> sites.apply(
				new SiteRegistration(SiteKind.PORTAL, null, "测试县人民政府" + suffix, null, null, null, null, null, null, null),
				profile(suffix)));
	}

	/** A site taken through approval and the go-live gate, whose structure changes are reported. */
	long onlineSite() {
		String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		String digits = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L));
		long siteId = asSystemAdmin(() -> sites.apply(new SiteRegistration(SiteKind.PORTAL, null, "测试县人民政府" + suffix,
				digits, "t" + suffix + ".gov.cn", null, "琼ICP备" + digits + "号", "琼公网安备" + digits + "号",
				"badge" + digits, new SecurityAssessment(3, "46010" + digits, LocalDate.of(2026, 1, 5), true)),
				profile(suffix)));
		as("manager-" + suffix, StaffRole.SITE_MANAGER.forSite(siteId),
				() -> sites.perform(siteId, LifecycleStep.APPROVE, StepInput.none()));
		as("admin-" + suffix, StaffRole.SYSTEM_ADMIN.authority(),
				() -> sites.perform(siteId, LifecycleStep.APPROVE, StepInput.none()));
		as("admin-" + suffix, StaffRole.SYSTEM_ADMIN.authority(),
				() -> sites.perform(siteId, LifecycleStep.GO_ONLINE, StepInput.none()));
		return siteId;
	}

	private static SiteProfile profile(String suffix) {
		return new SiteProfile("测试县人民政府办公室" + suffix, null, null, "张三", null, null, null, null);
	}

	/** The change records of a site's main channel structure, as the site module keeps them. */
	List<String> structureChanges(long siteId) {
		return asSystemAdmin(() -> sites.changeRecords(siteId)
			.stream()
			.filter(record -> record.subject() == ChangeSubject.STRUCTURE)
			.map(record -> record.after())
			.toList());
	}

	private static <T> T asSystemAdmin(Supplier<T> work) {
		return as("test-admin", StaffRole.SYSTEM_ADMIN.authority(), work);
	}

	private static void as(String username, String authority, Runnable work) {
		as(username, authority, () -> {
			work.run();
			return null;
		});
	}

	private static <T> T as(String username, String authority, Supplier<T> work) {
		SecurityContext before = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
				List.of(new SimpleGrantedAuthority(authority), new SimpleGrantedAuthority(StaffRole.STAFF_AUTHORITY))));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(before);
		}
	}
}
