package org.govsite.browser;

import java.util.Map;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import org.govsite.identity.internal.InstallationSetup;
import org.govsite.site.SiteDirectory;
import org.govsite.test.BrowserTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A new user's first hour, in the browser (issue 10): the three administrators are created through
 * the setup link and sign in with a password and an authenticator app; a site is applied for and
 * its channels built; the security administrator opens its staff accounts in 账号管理, each holder
 * sets their own password through the activation link, and the grant of a second system
 * administrator waits until the system and audit administrators approve it (三员分立); the site is
 * approved by the right people (its manager, then a system administrator other than the applicant)
 * and taken online; an editor writes a picture news with its cover, a
 * reviewer releases it, it is live, and it is withdrawn again; the interpretation of a policy takes
 * that cover from the site's media library as its attachment and a picture of its 正文. No page the console shows after a
 * button or link it offered is a refusal or an English error page. The audit administrator reads
 * what they did.
 */
@BrowserTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleWalkThroughTests {

	static final String PASSWORD = "Walk#2026through";

	/** Each administrator's authenticator secret, bound at their first sign-in. */
	static final java.util.Map<String, String> SECRETS = new java.util.concurrent.ConcurrentHashMap<>();

	/** Pages the console answered with an error, while the walk-through clicked what it was shown. */
	static final java.util.List<String> REFUSED = new java.util.concurrent.CopyOnWriteArrayList<>();

	@Autowired
	SiteDirectory siteDirectory;

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
	@Order(5)
	void givenTheSecurityAdministratorWhenOpeningTheStaffAccountsThenEachSetsTheirOwnPasswordAndAnAdministratorGrantWaits(
			Page page) {
		watchForRefusals(page);
		signIn(page, "secadmin");
		Map<String, String> links = new java.util.LinkedHashMap<>();
		links.put("shifan.manager", openAccount(page, "shifan.manager", "王芳", "站点管理员", "示范市人民政府"));
		links.put("shifan.editor", openAccount(page, "shifan.editor", "陈静", "编辑", "示范市人民政府"));
		links.put("shifan.reviewer", openAccount(page, "shifan.reviewer", "刘洋", "审核员", "示范市人民政府"));
		// the second system administrator, for the level the applicant may not approve: a grant the other two
		// approve. The link shown here is not handed over: once granted, the administrator sets a password
		// nobody else has seen, through a link that goes to them alone
		openAccount(page, "sysadmin2", "系统管理员丁", "系统管理员", null);
		assertThat(page.locator(".flash.success")).containsText("须经其他管理员批准后才生效");
		signOut(page);

		links.forEach((username, link) -> activate(page, link));

		ListAppender<ILoggingEvent> serverLog = new ListAppender<>();
		serverLog.start();
		Logger delivery = (Logger) LoggerFactory.getLogger("org.govsite.identity.internal.ActivationDelivery");
		delivery.addAppender(serverLog);
		try {
			signIn(page, "sysadmin");
			approveGrantTo(page, "sysadmin2");
			signOut(page);
			signIn(page, "auditadmin");
			approveGrantTo(page, "sysadmin2");
			assertThat(page.locator("main")).containsText("已批准并执行");
			signOut(page);
		}
		finally {
			delivery.detachAppender(serverLog);
		}
		// no mail server is set up: the operator reads the link in the server log and hands it over
		String link = serverLog.list.stream().map(ILoggingEvent::getFormattedMessage)
			.filter(line -> line.contains("account sysadmin2")).map(line -> line.replaceFirst(".*https?://[^/]+", ""))
			.reduce((first, last) -> last).orElseThrow();
		activate(page, link);
		assertNoRefusals();
	}

	/** The holder opens their activation link and sets their own password. */
	private static void activate(Page page, String link) {
		page.navigate(link);
		page.locator("#password").fill(PASSWORD);
		page.locator("#confirmation").fill(PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("设置密码")).click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
	}

	@Test
	@Order(6)
	void givenTheApplicationWhenItsSiteManagerApprovesThenTheApplicantMayNotAndAnotherSystemAdministratorDoes(Page page) {
		watchForRefusals(page);
		long siteId = siteDirectory.all().stream().filter(site -> site.name().equals("示范市人民政府")).findFirst()
			.orElseThrow().id();
		// the filings the go-live gate asks for, entered by the system administrator
		signIn(page, "sysadmin");
		page.navigate("/admin/sites/" + siteId);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("编辑标识码、域名与备案")).click();
		page.locator("#icpNumber").fill("京ICP备11010501号");
		page.locator("#publicSecurityNumber").fill("京公网安备11010502000001号");
		page.locator("#badgeNumber").fill("1101050001-1");
		page.locator("#securityLevel").selectOption("3");
		page.locator("#securityFilingNumber").fill("11010513001-00001");
		page.locator("#securityAssessedOn").fill("2026-01-05");
		page.locator("input[type=checkbox][name=securityPassed]").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
		assertThat(page.locator("main")).containsText("京ICP备11010501号");
		signOut(page);

		signInStaff(page, "shifan.manager");
		page.navigate("/admin/sites/" + siteId);
		assertThat(page.locator("#next-approval")).containsText("主办单位负责人审核");
		page.locator("#next-approval a[href='#step-approve']").click();
		page.locator("#step-approve button[type=submit]").click();
		assertThat(page.locator("#next-approval")).containsText("主管单位审批");
		signOut(page);

		// the applicant is told that another system administrator approves, and where one is made
		signIn(page, "sysadmin");
		page.navigate("/admin/sites/" + siteId);
		assertThat(page.locator("#applicant-hint")).containsText("申请人 sysadmin 不能审批自己的申请");
		assertThat(page.locator("#step-approve")).hasCount(0);
		assertThat(page.locator("#grant-system-admin")).hasAttribute("href", "/admin/administrator-changes");
		signOut(page);

		signIn(page, "sysadmin2");
		page.navigate("/admin/sites/" + siteId);
		page.locator("#next-approval a[href='#step-approve']").click();
		page.locator("#step-approve button[type=submit]").click();
		assertThat(page.locator("main")).containsText("已批准");
		page.locator("#step-go-online button[type=submit]").click();
		assertThat(page.locator("main")).containsText("运行中");

		// table action cells stay table cells, as high as their row
		page.navigate("/admin/publish");
		Locator row = page.locator("tr", new Page.LocatorOptions().setHasText("示范市人民政府")).first();
		assertThat(row.locator("td.actions")).hasCSS("display", "table-cell");
		org.assertj.core.api.Assertions.assertThat(row.locator("td.actions").boundingBox().height)
			.isCloseTo(row.locator("th").boundingBox().height, org.assertj.core.data.Offset.offset(1.0));
		signOut(page);
		assertNoRefusals();
	}

	@Test
	@Order(7)
	void givenAnEditorAndAReviewerWhenAPictureNewsWithACoverIsApprovedThenItIsLiveAndWithdrawnAgain(Page page)
			throws java.io.IOException {
		watchForRefusals(page);
		long siteId = siteDirectory.all().stream().filter(site -> site.name().equals("示范市人民政府")).findFirst()
			.orElseThrow().id();
		signInStaff(page, "shifan.editor");
		page.navigate("/admin/documents/new?siteId=" + siteId + "&type=PICTURE_NEWS");
		page.locator("#title").fill("示范市召开春季植树活动");
		page.locator(".tox-tinymce").waitFor();
		page.frameLocator("iframe.tox-edit-area__iframe").locator("body").click();
		page.keyboard().type("全市机关干部参加义务植树。");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存").setExact(true)).click();
		assertThat(page.locator("#document-state")).hasText("草稿");
		String documentPage = page.url();

		java.nio.file.Path picture = java.nio.file.Files.createTempFile("cover", ".png");
		javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(16, 9, java.awt.image.BufferedImage.TYPE_INT_RGB),
				"png", picture.toFile());
		page.locator("#file").setInputFiles(picture);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("上传").setExact(true)).click();
		assertThat(page.locator(".flash.success")).containsText("cover");
		page.locator("#cover").selectOption(new SelectOption().setIndex(1));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存").setExact(true)).click();
		assertThat(page.locator("#files + ul")).containsText("题图");

		page.locator("#placement-channel").selectOption(new SelectOption().setLabel("\u3000工作动态"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("添加")).click();
		page.locator("#confidentiality").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("送审").setExact(true)).click();
		assertThat(page.locator("#document-state")).hasText("审核中");
		signOut(page);

		signInStaff(page, "shifan.reviewer");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("待我审核")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("示范市召开春季植树活动")).first().click();
		assertThat(page).hasURL(documentPage);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("审核通过").setExact(true)).click();
		assertThat(page.locator("#document-state")).hasText("已发布");
		assertThat(page.locator("#publications")).containsText("已上线", new com.microsoft.playwright.assertions
			.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
		String live = page.locator("#publications a.live-link").getAttribute("href");

		page.navigate(live);
		assertThat(page.locator("h1")).hasText("示范市召开春季植树活动");
		assertThat(page.locator("figure.gs-cover img")).hasCount(1);

		// withdrawal: the reviewer may, with a reason; it is recorded
		page.navigate(documentPage);
		page.locator("#withdraw-reason").fill("活动信息有误，核实后重发");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("撤稿").setExact(true)).click();
		assertThat(page.locator("#document-state")).hasText("已撤稿");
		signOut(page);
		assertNoRefusals();
	}

	@Test
	@Order(8)
	void givenAPolicyAndItsInterpretationWhenBothAreApprovedThenBothAreLiveAndLinked(Page page) {
		watchForRefusals(page);
		long siteId = siteDirectory.all().stream().filter(site -> site.name().equals("示范市人民政府")).findFirst()
			.orElseThrow().id();
		signInStaff(page, "shifan.editor");
		page.navigate("/admin/documents/new?siteId=" + siteId + "&type=POLICY");
		page.locator("#title").fill("示范市人民政府关于加强植树造林工作的通知");
		page.locator(".tox-tinymce").waitFor();
		page.frameLocator("iframe.tox-edit-area__iframe").locator("body").click();
		page.keyboard().type("各区县要加强植树造林工作。");
		page.locator("#subjectCategory").selectOption(new SelectOption().setIndex(1));
		page.locator("#documentNumber").fill("示政发〔2026〕1号");
		page.locator("#issuer").fill("示范市人民政府");
		page.locator("#writtenOn").fill("2026-03-01");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存").setExact(true)).click();
		assertThat(page.locator("#document-state")).hasText("草稿");
		String policyPage = page.url();
		placeAndSubmit(page);

		page.navigate("/admin/documents/new?siteId=" + siteId + "&type=INTERPRETATION");
		page.locator("#title").fill("《示范市人民政府关于加强植树造林工作的通知》解读");
		page.locator(".tox-tinymce").waitFor();
		page.frameLocator("iframe.tox-edit-area__iframe").locator("body").click();
		page.keyboard().type("一图读懂植树造林工作。");
		page.locator("#policy-search").fill("植树造林");
		assertThat(page.locator("#policyId option")).hasCount(2);
		page.locator("#policyId").selectOption(new SelectOption().setIndex(1));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存").setExact(true)).click();
		assertThat(page.locator("#document-state")).hasText("草稿");
		String interpretationPage = page.url();

		// the picture news' cover, taken from the site's media library: not uploaded again
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("从媒体库选用")).click();
		Locator cover = page.locator("#media-files tbody tr", new Page.LocatorOptions().setHasText("cover"));
		assertThat(cover.locator(".media-uses")).containsText("示范市召开春季植树活动");
		assertThat(cover).containsText("shifan.editor");
		cover.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("作为附件")).click();
		assertThat(page).hasURL(interpretationPage + "#files");
		assertThat(page.locator(".flash.success")).containsText("已从媒体库添加附件");
		assertThat(page.locator("#files + ul")).containsText("cover");

		// and placed in the 正文: the editor's image dialog lists the document's pictures
		page.locator(".tox-tinymce").waitFor();
		// the image button may sit in the toolbar's overflow at this width: open its dialog as the button does
		page.evaluate("tinymce.activeEditor.execCommand('mceImage')");
		Locator dialog = page.locator(".tox-dialog");
		dialog.locator(".tox-listbox").click();
		page.locator(".tox-collection__item", new Page.LocatorOptions().setHasText("cover")).click();
		dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("保存")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存").setExact(true)).click();
		assertThat(page.locator(".flash.success")).containsText("已保存");
		assertThat(page.frameLocator("iframe.tox-edit-area__iframe").locator("img")).hasCount(1);
		placeAndSubmit(page);
		signOut(page);

		signInStaff(page, "shifan.reviewer");
		for (String documentPage : java.util.List.of(policyPage, interpretationPage)) {
			page.navigate(documentPage);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("审核通过").setExact(true)).click();
		}
		page.navigate(policyPage);
		assertThat(page.locator("#document-state")).hasText("已发布");
		assertThat(page.locator("#publications")).containsText("已上线", new com.microsoft.playwright.assertions
			.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
		String live = page.locator("#publications a.live-link").getAttribute("href");
		page.navigate(live);
		assertThat(page.locator("h1")).hasText("示范市人民政府关于加强植树造林工作的通知");
		assertThat(page.locator("main")).containsText("示政发〔2026〕1号");
		assertThat(page.locator(".gs-disclosure")).not().containsText("公开日期 —");
		page.navigate(interpretationPage);
		assertThat(page.locator("#document-state")).hasText("已发布");
		signOut(page);
		assertNoRefusals();
	}

	private static void placeAndSubmit(Page page) {
		page.locator("#placement-channel").selectOption(new SelectOption().setLabel("\u3000工作动态"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("添加")).click();
		page.locator("#confidentiality").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("送审").setExact(true)).click();
		assertThat(page.locator("#document-state")).hasText("审核中");
	}

	/** Notes every page the console refuses or fails, and any English error page. */
	private static void watchForRefusals(Page page) {
		REFUSED.clear();
		page.onResponse(response -> {
			if (!response.request().isNavigationRequest()) {
				return;
			}
			if (response.status() >= 400) {
				REFUSED.add(response.status() + " " + response.url());
			}
			else if (response.status() == 200 && response.text().contains("Whitelabel Error Page")) {
				REFUSED.add("English error page " + response.url());
			}
		});
	}

	private static void assertNoRefusals() {
		org.assertj.core.api.Assertions.assertThat(REFUSED).as("pages refused after a shown button or link").isEmpty();
	}

	/** Signs in a staff account opened in the walk-through, whose holder set its password; staff need no second factor. */
	private static void signInStaff(Page page, String username) {
		page.navigate("/login");
		page.locator("#username").fill(username);
		page.locator("#password").fill(PASSWORD);
		page.locator("form.form button[type=submit]").click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/admin$"));
	}

	/**
	 * The security administrator opens an account in 账号管理 and grants its role; answers the
	 * activation link the page shows once, which the holder opens to set their own password.
	 */
	private static String openAccount(Page page, String username, String displayName, String role, String site) {
		page.navigate("/admin");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("账号管理")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("新建账号")).click();
		page.locator("#username").fill(username);
		page.locator("#displayName").fill(displayName);
		page.locator("#unit").fill("示范市人民政府办公厅");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("新建").setExact(true)).click();
		String link = page.locator("#activation-link").textContent().strip();
		page.locator("#grant-role").selectOption(new SelectOption().setLabel(role));
		if (site != null) {
			page.locator("#grant-site").selectOption(new SelectOption().setLabel(site));
		}
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("授予角色")).click();
		return link.replaceFirst("^https?://[^/]+", "");
	}

	/** An administrator approves the pending grant of an administrator role to the account, in 三员变更审批. */
	private static void approveGrantTo(Page page, String username) {
		page.navigate("/admin/administrator-changes");
		page.locator("tr", new Page.LocatorOptions().setHasText("(" + username + ")")).first().getByRole(AriaRole.LINK).first()
			.click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("批准").setExact(true)).click();
	}

	private static void signOut(Page page) {
		page.locator("form[action='/logout'] button").first().click();
	}

	@Test
	@Order(9)
	void givenTheWorkDoneWhenTheAuditAdministratorSignsInThenTheTrailShowsItAndVerifies(Page page) {
		signIn(page, "auditadmin");
		page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("审计日志")).click();
		assertThat(page.locator("h1")).hasText("审计日志");
		// the first hour wrote more than a page: each kind of record is looked up by its action
		String trail = page.url().replaceAll("\\?.*", "");
		page.navigate(trail + "?action=setup.completed");
		assertThat(page.locator("table")).containsText("初始化管理员");
		page.navigate(trail + "?actor=sysadmin");
		assertThat(page.locator("table")).containsText("申请开设站点");
		assertThat(page.locator("table")).containsText("新建栏目");
		assertThat(page.locator("table")).containsText("sysadmin");
		page.navigate(trail);
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
		signIn(page, username, PASSWORD);
	}

	static void signIn(Page page, String username, String password) {
		page.navigate("/login");
		page.locator("#username").fill(username);
		page.locator("#password").fill(password);
		page.locator("form.form button[type=submit]").click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login/totp.*"));
		if (page.locator("#totp-secret").count() > 0) {
			SECRETS.put(username, page.locator("#totp-secret").textContent().replace(" ", ""));
		}
		String secret = SECRETS.get(username);
		page.locator("#code").fill(code(secret));
		page.locator("form.form button[type=submit]").click();
		page.waitForLoadState();
		if (page.url().contains("/login/totp")) {
			// a code is good once: signing in again within the same 30 seconds needs the next one
			page.waitForTimeout(30_000 - System.currentTimeMillis() % 30_000 + 500);
			page.locator("#code").fill(code(secret));
			page.locator("form.form button[type=submit]").click();
		}
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
