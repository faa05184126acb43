package org.govsite.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import org.govsite.identity.internal.InstallationSetup;
import org.govsite.test.BrowserTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A new installation, in the browser: the three administrators are created through the setup
 * link, sign in with a password and an authenticator app, do their work, and the audit
 * administrator reads what they did.
 */
@BrowserTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleWalkThroughTests {

	static final String PASSWORD = "Walk#2026through";

	@Autowired
	InstallationSetup setup;

	@Test
	@Order(1)
	void givenANewInstallationWhenTheSetupLinkIsOpenedThenTheThreeAdministratorsAreCreated(Page page) {
		page.navigate("/setup/" + setup.newToken());
		assertThat(page.locator("h1")).hasText("初始化：创建三位管理员");

		fillAdministrator(page, "system", "sysadmin", "系统管理员甲");
		fillAdministrator(page, "security", "secadmin", "安全管理员乙");
		page.locator("[id='audit.username']").fill("auditadmin");
		page.locator("[id='audit.displayName']").fill("审计管理员丙");
		page.locator("[id='audit.password']").fill("short");
		page.locator("[id='audit.confirmation']").fill("short");
		page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("创建管理员")).click();
		assertThat(page.locator("#audit\\.password-error")).containsText("密码至少 12 位");
		assertThat(page.locator("[id='system.username']")).hasValue("sysadmin");

		fillAdministrator(page, "system", "sysadmin", "系统管理员甲");
		fillAdministrator(page, "security", "secadmin", "安全管理员乙");
		fillAdministrator(page, "audit", "auditadmin", "审计管理员丙");
		page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("创建管理员")).click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
		assertThat(page.locator(".flash.success")).containsText("三位管理员已创建");
	}

	@Test
	@Order(2)
	void givenTheSecurityAdministratorWhenSigningInThenAnAuthenticatorIsBoundAndTheCodeIsRequired(Page page) {
		signIn(page, "secadmin");
		assertThat(page.locator("h1")).hasText("工作台");
		assertThat(page.locator("nav.sidebar")).containsText("账号管理");
		assertThat(page.locator("nav.sidebar")).not().containsText("审计日志");
		page.locator("form[action='/logout'] button").first().click();
	}

	@Test
	@Order(3)
	void givenTheSystemAdministratorWhenApplyingForASiteThenMistakesAreNamedAndTheApplicationIsRecorded(Page page) {
		signIn(page, "sysadmin");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("站群管理")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("申请开设站点")).click();
		page.locator("[id='registration.name']").fill("示范市人民政府");
		page.locator("[id='registration.siteCode']").fill("12345");
		page.locator("[id='registration.englishDomain']").fill("www.shifan.gov.cn");
		page.locator("[id='profile.sponsor']").fill("示范市人民政府办公厅");
		page.locator("[id='profile.responsiblePerson']").fill("李明");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
		assertThat(page.locator("[id='registration.siteCode-error']")).isVisible();
		assertThat(page.locator("[id='registration.name']")).hasValue("示范市人民政府");

		page.locator("[id='registration.siteCode']").fill("1101050001");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
		assertThat(page.locator("h1")).containsText("示范市人民政府");
		assertThat(page.locator("main")).containsText("已申请");
	}

	@Test
	@Order(4)
	void givenTheNewSiteWhenItsChannelTreeIsBuiltThenTheTreeShowsEachLevel(Page page) {
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("栏目管理")).click();
		page.locator("tr", new Page.LocatorOptions().setHasText("示范市人民政府")).getByRole(AriaRole.LINK).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("新建一级栏目")).click();
		fillChannel(page, "政务动态", "zwdt", "NEWS");
		assertThat(page.locator(".tree")).containsText("政务动态");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("在“政务动态”下添加子栏目")).click();
		fillChannel(page, "工作动态", "gzdt", "NEWS");
		assertThat(page.locator("li", new Page.LocatorOptions().setHasText("政务动态"))
			.locator("li", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("工作动态"))).isVisible();
		page.locator("form[action='/logout'] button").first().click();
	}

	@Test
	@Order(9)
	void givenTheWorkDoneWhenTheAuditAdministratorSignsInThenTheTrailShowsItAndVerifies(Page page) {
		signIn(page, "auditadmin");
		page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("审计日志")).click();
		assertThat(page.locator("table")).containsText("初始化管理员");
		assertThat(page.locator("table")).containsText("申请开设站点");
		assertThat(page.locator("table")).containsText("新建栏目");
		assertThat(page.locator("table")).containsText("sysadmin");
		page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("校验")).click();
		assertThat(page.locator("#verification")).containsText("完整");
	}

	private static void fillChannel(Page page, String name, String code, String kind) {
		page.locator("#name").fill(name);
		page.locator("#code").fill(code);
		page.locator("#kind").selectOption(kind);
		page.locator("#responsibleUnit").fill("市政府办公厅");
		page.locator("#responsiblePerson").fill("赵敏");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
	}

	private static void fillAdministrator(Page page, String block, String username, String displayName) {
		page.locator("[id='" + block + ".username']").fill(username);
		page.locator("[id='" + block + ".displayName']").fill(displayName);
		page.locator("[id='" + block + ".password']").fill(PASSWORD);
		page.locator("[id='" + block + ".confirmation']").fill(PASSWORD);
	}

	/** Signs in with the password, binds an authenticator on first sign-in, and enters its code. */
	static void signIn(Page page, String username) {
		page.navigate("/login");
		page.locator("#username").fill(username);
		page.locator("#password").fill(PASSWORD);
		page.locator("form.form button[type=submit]").click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login/totp.*"));
		String secret = page.locator("#totp-secret").textContent().replace(" ", "");
		page.locator("#code").fill(code(secret));
		page.locator("form.form button[type=submit]").click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/admin.*"));
	}

	static String code(String secret) {
		try {
			return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, System.currentTimeMillis() / 1000 / 30);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
