package org.govsite.interaction;

import java.util.List;

import org.govsite.content.ContentFixtures;
import org.govsite.content.ContentFixtures.Staff;
import org.govsite.identity.StaffRole;
import org.govsite.platform.RunAs;
import org.govsite.site.SiteKind;
import org.govsite.site.SiteManagement;
import org.govsite.site.SiteProfile;
import org.govsite.site.SiteRegistration;

import org.springframework.stereotype.Component;

/** A portal with a mailbox that may pass letters to one department, and the staff of both. */
@Component
public class LetterFixtures {

	private final SiteManagement sites;

	private final LetterHandling handling;

	private final ProofOfWork proof;

	LetterFixtures(SiteManagement sites, LetterHandling handling, ProofOfWork proof) {
		this.sites = sites;
		this.handling = handling;
		this.proof = proof;
	}

	/** The portal, its mailbox and department, and who works there. */
	public record Desk(long portal, long department, long mailbox, Staff portalHandler, Staff secondPortalHandler,
			Staff departmentHandler, Staff reviewer, Staff manager, Staff departmentManager) {
	}

	public Desk desk(boolean realNameRequired) {
		long portal = site(SiteKind.PORTAL, null);
		long department = site(SiteKind.DEPARTMENT, portal);
		Staff manager = staff("manager", StaffRole.SITE_MANAGER.forSite(portal));
		long mailbox = manager.run(() -> handling.createMailbox(portal,
				MailboxSettings.of("县长信箱", MailboxKind.LEADER, realNameRequired, List.of(department))));
		return new Desk(portal, department, mailbox, staff("handler", StaffRole.LETTER_HANDLER.forSite(portal)),
				staff("handler", StaffRole.LETTER_HANDLER.forSite(portal)),
				staff("dept", StaffRole.LETTER_HANDLER.forSite(department)),
				staff("reviewer", StaffRole.LETTER_HANDLER.forSite(department)), manager,
				staff("deptmanager", StaffRole.SITE_MANAGER.forSite(department)));
	}

	/** A site as the site module registers it (not through ContentFixtures: the module's own test boots no content). */
	private long site(SiteKind kind, Long parentId) {
		String suffix = ContentFixtures.unique("");
		return RunAs.actor("test-admin", () -> sites.apply(new SiteRegistration(kind, parentId, "来信测试单位" + suffix, null, null,
				null, null, null, null, null), new SiteProfile("来信测试单位" + suffix, null, null, "张三", null, null, null, null)),
				StaffRole.SYSTEM_ADMIN.authority());
	}

	private static Staff staff(String prefix, String authority) {
		return new Staff(ContentFixtures.unique(prefix), List.of(StaffRole.STAFF_AUTHORITY, authority));
	}

	/** The challenge's fields of a request body, solved as a browser would. */
	public String challengeJson() {
		ProofOfWork.Challenge challenge = proof.issue();
		return "\"challenge\":\"" + challenge.challenge() + "\",\"solution\":\"" + ProofOfWork.solve(challenge) + "\"";
	}

	/** A request body of a letter with the given fields (JSON members without braces) and a solved challenge. */
	public String body(String fields) {
		return "{" + fields + "," + challengeJson() + "}";
	}

	public static String letter(String phone, String subject) {
		return "\"name\":\"张三丰\",\"female\":false,\"phone\":\"" + phone + "\",\"email\":\"zhang@example.cn\","
				+ "\"subject\":\"" + subject + "\",\"content\":\"人民路的路灯坏了三盏，夜里很黑。\",\"publishable\":true";
	}
}
