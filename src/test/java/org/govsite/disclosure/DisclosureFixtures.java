package org.govsite.disclosure;

import java.util.List;

import org.govsite.content.ContentFixtures.Staff;
import org.govsite.identity.StaffRole;
import org.govsite.publish.PublishFixtures;
import org.govsite.publish.PublishFixtures.TestSite;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** A site to apply to, the staff who handle its applications, and valid applications. */
@Component
public class DisclosureFixtures {

	/** A 居民身份证号码 with the right check character (GB 11643's own example). */
	public static final String ID_NUMBER = "11010519491231002X";

	/** A 统一社会信用代码 with the right check character. */
	public static final String CREDIT_CODE = "91350100M000100Y43";

	/** Lazily: the module's own test boots without publishing, and needs no site. */
	private final ObjectProvider<PublishFixtures> sites;

	DisclosureFixtures(ObjectProvider<PublishFixtures> sites) {
		this.sites = sites;
	}

	public TestSite site() {
		return sites.getObject().onlineSite();
	}

	/** The letter handler of the site, who handles its applications. */
	public static Staff handler(TestSite site) {
		return new Staff("handler-" + site.code(), List.of(StaffRole.LETTER_HANDLER.forSite(site.id())));
	}

	public static NewApplication person(String siteCode, String description) {
		return new NewApplication(siteCode, new Applicant(ApplicantType.NATURAL_PERSON, "张明", ID_NUMBER, null, null,
				"13800138000", "zhangming@example.cn", "示例县人民路 8 号 3 单元"), description, "了解征收补偿标准", Delivery.ONLINE);
	}

	public static NewApplication company(String siteCode, LegalPersonKind kind, String description) {
		return new NewApplication(siteCode, new Applicant(ApplicantType.LEGAL_PERSON, "示例建设有限公司", CREDIT_CODE, kind, "李华",
				"0898-66123456", null, null), description, null, Delivery.PICK_UP);
	}
}
