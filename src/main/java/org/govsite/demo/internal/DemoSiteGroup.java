package org.govsite.demo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.govsite.channel.ChannelManagement;
import org.govsite.content.ReviewWorkflow;
import org.govsite.demo.internal.DemoCounty.DemoSite;
import org.govsite.identity.Grant;
import org.govsite.identity.IdentityManagement;
import org.govsite.identity.NewAccount;
import org.govsite.identity.StaffRole;
import org.govsite.platform.RunAs;
import org.govsite.site.LifecycleStep;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteKind;
import org.govsite.site.SiteManagement;
import org.govsite.site.StepInput;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Builds 示例县's site group through the modules' own APIs, as their administrators would: sites
 * applied for, channel trees built, staff given roles, applications approved level by level and
 * the sites taken online (one department is left awaiting approval, so the 工作台 has work).
 */
@Component
class DemoSiteGroup {

	/** Who the demo's changes are recorded under in the audit trail. */
	static final String ACTOR = "demo";

	/** Who approves the demo sites at the supervisor's level. */
	static final String SUPERVISOR = "demo-supervisor";

	private final SiteManagement sites;

	private final SiteDirectory directory;

	private final ChannelManagement channels;

	private final IdentityManagement identity;

	private final DemoDocuments documents;

	private final ReviewWorkflow workflow;

	private final DemoFirstPublish firstPublish;

	private final DemoLetters demoLetters;

	private final DemoParticipation demoParticipation;

	private final DemoGuardSample guardSample;

	private final DemoReplacement demoReplacement;

	DemoSiteGroup(SiteManagement sites, SiteDirectory directory, ChannelManagement channels, IdentityManagement identity,
			DemoDocuments documents, ReviewWorkflow workflow, DemoFirstPublish firstPublish, DemoLetters demoLetters,
			DemoParticipation demoParticipation, DemoGuardSample guardSample, DemoReplacement demoReplacement) {
		this.demoReplacement = demoReplacement;
		this.demoParticipation = demoParticipation;
		this.guardSample = guardSample;
		this.firstPublish = firstPublish;
		this.demoLetters = demoLetters;
		this.sites = sites;
		this.directory = directory;
		this.channels = channels;
		this.identity = identity;
		this.documents = documents;
		this.workflow = workflow;
	}

	boolean siteGroupIsEmpty() {
		return directory.all().isEmpty();
	}

	/** Creates the county's sites and staff; returns the staff accounts with their first passwords. */
	List<DemoAccount> create() {
		List<DemoAccount> accounts = new ArrayList<>();
		DemoSite portal = DemoCounty.portal();
		long portalId = build(portal, SiteKind.PORTAL, null, accounts);
		List<Long> departmentIds = new ArrayList<>();
		for (DemoSite department : DemoCounty.departments()) {
			departmentIds.add(build(department, SiteKind.DEPARTMENT, portalId, accounts));
		}
		demoLetters.create(portalId, departmentIds);
		demoParticipation.create(portalId);
		guardSample.create(portalId);
		demoReplacement.create(portalId);
		firstPublish.release();
		return accounts;
	}

	private long build(DemoSite site, SiteKind kind, @Nullable Long portalId, List<DemoAccount> accounts) {
		long siteId = asPlatform(() -> sites.apply(site.registration(kind, portalId), site.profile("王晓明", "0999-1234567")));
		firstPublish.hold(siteId);
		asPlatform(() -> channels.createTree(siteId, null, site.channels()));
		String manager = site.prefix() + ".manager";
		accounts.add(account(manager, site.name() + "站点管理员", site, siteId, StaffRole.SITE_MANAGER));
		accounts.add(account(site.prefix() + ".editor", site.name() + "编辑", site, siteId, StaffRole.EDITOR));
		accounts.add(account(site.prefix() + ".reviewer", site.name() + "审核员", site, siteId, StaffRole.REVIEWER));
		if (kind == SiteKind.PORTAL) {
			accounts.add(account(site.prefix() + ".letters", site.name() + "信件办理员", site, siteId, StaffRole.LETTER_HANDLER));
			accounts.add(account(site.prefix() + ".templates", site.name() + "模板管理员", site, siteId,
					StaffRole.TEMPLATE_MANAGER));
		}
		if (site.online()) {
			RunAs.actor(manager, () -> sites.perform(siteId, LifecycleStep.APPROVE, StepInput.none()),
					StaffRole.SITE_MANAGER.forSite(siteId), StaffRole.STAFF_AUTHORITY);
			// the supervisor approves: never the applicant (the platform, above)
			RunAs.actor(SUPERVISOR, () -> sites.perform(siteId, LifecycleStep.APPROVE, StepInput.none()),
					StaffRole.SYSTEM_ADMIN.authority(), StaffRole.STAFF_AUTHORITY);
			asPlatform(() -> sites.perform(siteId, LifecycleStep.GO_ONLINE, StepInput.none()));
			for (long finished : documents.fill(siteId, site)) {
				// a finished topic's article stays reachable, marked 已归档
				RunAs.actor(site.prefix() + ".editor", () -> workflow.archive(finished), StaffRole.EDITOR.forSite(siteId),
						StaffRole.STAFF_AUTHORITY);
			}
		}
		return siteId;
	}

	private DemoAccount account(String username, String displayName, DemoSite site, long siteId, StaffRole role) {
		String password = RunAs.actor(ACTOR, () -> identity.openWithInitialPassword(
				new NewAccount(username, displayName, site.sponsor(), null), Set.of(Grant.site(role, siteId))),
				StaffRole.SECURITY_ADMIN.authority(), StaffRole.STAFF_AUTHORITY);
		return new DemoAccount(username, role, site.name(), password);
	}

	private static void asPlatform(Runnable work) {
		RunAs.actor(ACTOR, work, StaffRole.SYSTEM_ADMIN.authority(), StaffRole.STAFF_AUTHORITY);
	}

	private static <T> T asPlatform(java.util.function.Supplier<T> work) {
		return RunAs.actor(ACTOR, work, StaffRole.SYSTEM_ADMIN.authority(), StaffRole.STAFF_AUTHORITY);
	}

	/** A demo staff account and its first password, printed once. */
	record DemoAccount(String username, StaffRole role, String site, String password) {
	}
}
