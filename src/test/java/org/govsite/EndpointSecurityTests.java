package org.govsite;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govsite.content.ContentFixtures;
import org.govsite.content.ContentFixtures.Staff;
import org.govsite.disclosure.DisclosureFixtures;
import org.govsite.disclosure.DisclosureRequests;
import org.govsite.identity.StaffRole;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.interaction.Interviews;
import org.govsite.interaction.LetterFixtures;
import org.govsite.interaction.LetterHandling;
import org.govsite.interaction.Letters;
import org.govsite.interaction.NewInterview;
import org.govsite.interaction.NewAttachment;
import org.govsite.interaction.NewLetter;
import org.govsite.interaction.NewSolicitation;
import org.govsite.interaction.NewSurvey;
import org.govsite.interaction.QuestionKind;
import org.govsite.interaction.Solicitations;
import org.govsite.interaction.Surveys;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The sweep a security tester makes from outside, over every handler mapping of the application
 * as it stands: who is not signed in reaches nothing of the back office; nothing changes without
 * the CSRF token; the three administrators and the editors stay apart (三员分立); an editor of one
 * site reaches nothing of another's by its id; and the public API refuses broken bodies with 400
 * in Chinese, never 500. New controllers are swept as they are added: an exemption is a row of a
 * table below, with its reason.
 */
@IntegrationTest
class EndpointSecurityTests {

	/** State-changing mappings that take no CSRF token, by path prefix, with the reason. */
	static final Map<String, String> CSRF_EXEMPT = Map.of("/api/public/",
			"the public API keeps no session and signs no one in (stateless chain): a forged request borrows no one's rights",
			"/api/v1/", "bearer tokens only, no cookie is read (see apiIgnoresTheConsoleSession): nothing for a forged request to borrow");

	/** The modules whose mappings edit content or manage sites: no business of the audit or security administrator. */
	static final Set<String> CONTENT_AND_SITES = Set.of("content", "channel", "site", "publish", "migration",
			"servicecatalog");

	/** The modules whose mappings manage accounts, roles, the security policy and the audit trail: not an editor's. */
	static final Set<String> ACCOUNTS_SECURITY_AUDIT = Set.of("identity", "audit", "secops", "backup");

	/**
	 * Mappings of those modules that every signed-in staff member uses for themselves, with the
	 * reason: an editor reaching them reaches only their own account.
	 */
	static final Map<String, String> OWN_ACCOUNT = Map.of("MyAccountController",
			"the signed-in member's own password, second factor and tokens", "MeApiController",
			"the token holder's own account and tokens");

	/**
	 * Reads of those modules that the three administrators may make, as {@code Class#method}, with
	 * the guard that declares it.
	 */
	static final Map<String, String> ADMINISTRATORS_READ = Map.of("SiteController#show",
			"@siteReaders.mayRead: the three administrators read every site's registration and history (README, Who may read what)",
			"SiteApiController#", "the same guard, through the API; its changes are not exempt");

	/**
	 * Changing handlers that answer a request without its form (no file, no site) before they
	 * reach their guard, and change nothing: a walk without input cannot show their guard, named here.
	 */
	static final Map<String, String> REFUSED_BEFORE_THE_GUARD = Map.ofEntries(Map.entry("DocumentConsoleController#create",
			"an empty form is shown again with its errors (and the site's directory entry) before DocumentLibrary.create, @PreAuthorize'd"),
			Map.entry("DocumentConsoleController#batch",
					"without ids does nothing; each id goes to ReviewWorkflow's and Placements' @PreAuthorize'd methods"),
			Map.entry("DocumentConsoleController#save",
					"an empty form is shown again with its errors before DocumentLibrary's @PreAuthorize'd update (PermissionGuardTests)"),
			Map.entry("DocxImportController#importDocx",
					"without a site shows the form again, with the sites the member may write to; DocumentLibrary.importDocx is @PreAuthorize'd"),
			Map.entry("ServiceConsoleController#upload", "without a file goes back with 服务事项 'no file'; ServiceCatalog.upload calls requireKeeper"),
			Map.entry("ServiceConsoleController#importWorkbook",
					"without a file goes back with 'no file'; ServiceCatalog.importWorkbook calls requireKeeper"),
			Map.entry("ChannelFormController#create",
					"an empty form is shown again with its errors before ChannelManagement's @PreAuthorize'd create (PermissionGuardTests)"),
			Map.entry("ChannelFormController#edit",
					"an empty form is shown again with its errors before ChannelManagement's @PreAuthorize'd update (PermissionGuardTests)"),
			Map.entry("ApplicationFormController#sign",
					"without a signature goes back with the rule broken before ApplicationForms' @PreAuthorize'd sign (PermissionGuardTests)"));

	/** An id no object has. */
	static final String UNKNOWN = "1999999999";

	/**
	 * Reads whose path variables name no stored object, as {@code Class#method}, with the reason:
	 * an unknown value there is not an unknown object.
	 */
	static final Map<String, String> NOT_BY_ID = Map.of("GuardConsoleController#export", "{list} names one of the guard's word lists",
			"DocumentApiController#compare", "without versions to compare answers 409 before looking the document up");

	/**
	 * Lists of what a site, channel or document holds: asked for with an id that names nothing, they
	 * answered an empty list (200), as if the object were there and empty. Now strictly 404: the
	 * house's 404 page in the console, problem+json in Chinese in the API.
	 */
	static final Set<String> LISTS_OF_AN_ID = Set.of("ApplicationFormController#rules",
			"OutsideReleaseController#list", "ReprintConsoleController#feeds", "ReprintConsoleController#report",
			"ContentSettingsApiController#reviewPolicy", "ContentSettingsApiController#typesetting", "DocumentApiController#offers",
			"DocumentApiController#versions", "ChannelApiController#freshness", "PublishApiController#manifest");

	/** Path variables that name no object of a site, with the reason (by {@code segment/name} or name). */
	static final Map<String, String> NOT_A_SITE_OBJECT = Map.ofEntries(Map.entry("year", "a year of figures or of the calendar"),
			Map.entry("days/date", "a day of the calendar"), Map.entry("spot-checks/quarter", "a quarter of the spot checks"),
			Map.entry("lifecycle/step", "the name of a step of a site's or account's lifecycle; the site is swept by its id"),
			Map.entry("accounts/id", "accounts are platform-wide, the security administrator's: theAdministratorsAndTheEditorsStayApart"),
			Map.entry("tokens/tokenId", "an account's tokens, under accounts/id: the security administrator's"),
			Map.entry("administrator-changes/id", "三员 changes are platform-wide: theAdministratorsAndTheEditorsStayApart"),
			Map.entry("tokens/id", "the member's own API tokens (MyAccount looks them up among the member's own)"),
			Map.entry("notifications/id", "the member's own notifications, looked up among the member's own"),
			Map.entry("backups/name", "backups are of the whole installation, the system administrator's: theAdministratorsAndTheEditorsStayApart"),
			Map.entry("failures/id", "background job failures, platform-wide, the system administrator's"),
			Map.entry("lists/name", "the guard's word lists are platform-wide"), Map.entry("export/list", "the same lists"),
			Map.entry("entries/id", "an entry of the guard's platform-wide word lists"),
			Map.entry("templates/name", "one of the theme's six template names; the site is swept by its id"),
			Map.entry("versions/version", "a version number of a document, which is swept by its id"),
			Map.entry("p/*path", "a file of a document's preview, which is swept by its id"));

	/**
	 * Objects of a site addressed by id that the IDOR sweep does not create yet, with the reason:
	 * the list the sweep still owes.
	 */
	static final Map<String, String> NO_CASE_YET = Map.of();

	@Autowired
	MockMvc mvc;

	@Autowired
	ContentFixtures content;

	@Autowired
	LetterFixtures letterDesks;

	@Autowired
	Letters letters;

	@Autowired
	LetterHandling handling;

	@Autowired
	Solicitations solicitations;

	@Autowired
	Surveys surveys;

	@Autowired
	Interviews interviews;

	@Autowired
	Clock clock;

	@Autowired
	DisclosureFixtures disclosureSites;

	@Autowired
	DisclosureRequests disclosure;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	ApplicationContext beans;

	@Autowired
	JdbcClient jdbc;

	/** Site B, with a channel and a document, whose names nobody but its staff may see. */
	long siteB;

	long channelB;

	long documentB;

	String marker;

	/** Whether the last request was sent back to its page with an error and without a success. */
	boolean turnedBack;

	/** Objects of other sites than A, named like site B's, for the sweeps that create them. */
	Map<String, Long> otherSites = Map.of();

	@BeforeEach
	void siteB() {
		marker = ContentFixtures.unique("越权探针");
		siteB = content.portal();
		channelB = content.channel(siteB, ContentFixtures.unique("c"));
		Staff editorB = ContentFixtures.editor(siteB);
		documentB = content.draft(editorB, siteB, channelB, marker);
	}

	/**
	 * Site B's letters, participation and disclosure: a portal of its own with a mailbox, a letter
	 * in it, a solicitation, a survey and an interview, and an online site with a disclosure
	 * application, each titled with the marker.
	 */
	private Map<String, Long> interactionOfB() {
		LetterFixtures.Desk desk = letterDesks.desk(false);
		letters.submit(desk.mailbox(), new NewLetter("越权", false, "13800000000", null, null, marker, "越权探针来信。", true));
		long letter = desk.portalHandler()
			.run(() -> handling.mine().stream().filter(line -> line.subject().equals(marker)).findFirst().orElseThrow().id());
		LocalDate today = LocalDate.now(clock);
		long solicitation = desk.portalHandler()
			.run(() -> solicitations.create(desk.portal(),
					new NewSolicitation(marker, "征求意见稿正文。", null, today, today.plusDays(30), false)));
		long survey = desk.portalHandler()
			.run(() -> surveys.create(desk.portal(), new NewSurvey(marker, "请您如实填写。", today, today.plusDays(30),
					List.of(new NewSurvey.Question(QuestionKind.SINGLE, "满意吗？", true, List.of("满意", "不满意"))))));
		long interview = desk.portalHandler()
			.run(() -> interviews.schedule(desk.portal(),
					new NewInterview(marker, "局长", "访谈预告。", today.plusDays(3).atTime(10, 0))));
		solicitations.submit(solicitation, "网友", null, marker + "的意见");
		long opinion = desk.portalHandler().run(() -> solicitations.opinions(solicitation).getFirst().id());
		interviews.ask(interview, "网友", marker + "的提问");
		long question = desk.portalHandler().run(() -> interviews.questions(interview).getFirst().id());
		TestSite disclosing = disclosureSites.site();
		long application = disclosure.apply(DisclosureFixtures.person(disclosing.code(), marker)).id();
		return Map.ofEntries(Map.entry("mailboxes/id", desk.mailbox()), Map.entry("mailboxId", desk.mailbox()),
				Map.entry("letters/id", letter), Map.entry("letters/letterId", letter), Map.entry("solicitations/id", solicitation),
				Map.entry("surveys/id", survey), Map.entry("interviews/id", interview), Map.entry("disclosure/id", application),
				Map.entry("opinions/opinion", opinion), Map.entry("questions/question", question));
	}

	@Test
	void whoIsNotSignedInReachesNoConsolePageAndNoApi() throws Exception {
		List<String> reached = new ArrayList<>();
		List<Endpoint> backOffice = endpoints(endpoint -> endpoint.under("/admin", "/api/v1/", "/v3/api-docs"));
		for (Endpoint endpoint : backOffice) {
			MockHttpServletResponse answer = perform(endpoint, endpoint.path(Map.of()), anyone -> anyone, true);
			boolean refused = endpoint.under("/api/v1/") ? answer.getStatus() == 401
					: answer.getStatus() == 302 && answer.getRedirectedUrl() != null
							&& answer.getRedirectedUrl().endsWith("/login");
			if (!refused) {
				reached.add(endpoint + " → " + answer.getStatus() + " " + answer.getRedirectedUrl());
			}
		}
		assertThat(backOffice).as("console and API entries tried").hasSizeGreaterThan(300);
		assertThat(reached).isEmpty();
	}

	@Test
	void nothingChangesWithoutTheCsrfToken() throws Exception {
		List<String> accepted = new ArrayList<>();
		List<Endpoint> changing = endpoints(endpoint -> endpoint.changes()
				&& CSRF_EXEMPT.keySet().stream().noneMatch(prefix -> endpoint.under(prefix)));
		for (Endpoint endpoint : changing) {
			MockHttpServletResponse answer = perform(endpoint, endpoint.path(Map.of()),
					staff(StaffRole.SYSTEM_ADMIN.authority()), false);
			if (answer.getStatus() != 403) {
				accepted.add(endpoint + " → " + answer.getStatus() + " " + answer.getRedirectedUrl());
			}
		}
		assertThat(changing).as("changing entries tried").hasSizeGreaterThan(200);
		assertThat(accepted).isEmpty();
	}

	/** Why the API needs no CSRF token: a browser's session cookie signs no one in there. */
	@Test
	void apiIgnoresTheConsoleSession() throws Exception {
		MockHttpSession session = new MockHttpSession();
		session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
				new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated("console-user", null,
						List.of(new SimpleGrantedAuthority(StaffRole.STAFF_AUTHORITY),
								new SimpleGrantedAuthority(StaffRole.SYSTEM_ADMIN.authority())))));
		assertThat(mvc.perform(get("/admin").session(session)).andReturn().getResponse().getStatus())
			.as("the session is a console session").isEqualTo(200);
		assertThat(mvc.perform(get("/api/v1/sites").session(session)).andReturn().getResponse().getStatus())
			.as("but worth nothing in the API").isEqualTo(401);
		SecurityContextHolder.clearContext();
	}

	/**
	 * 三员分立 from outside: the audit and the security administrator reach no content or site
	 * management, an editor no accounts, roles, security or audit (their own account aside). Ids
	 * are site B's real ones, so an answer comes from a guard, not from an object not found; a
	 * list that answers shows none of site B.
	 */
	@Test
	void theAdministratorsAndTheEditorsStayApart() throws Exception {
		long siteA = content.portal();
		otherSites = SweptObjects.of(beans);
		Map<String, String> before = SweptObjects.fingerprint(jdbc, otherSites);
		List<String> reached = new ArrayList<>();
		int walked = 0;
		for (StaffRole administrator : List.of(StaffRole.AUDIT_ADMIN, StaffRole.SECURITY_ADMIN)) {
			for (Endpoint endpoint : endpoints(endpoint -> endpoint.under("/admin", "/api/v1/")
					&& CONTENT_AND_SITES.contains(endpoint.module()))) {
				walked++;
				refused(endpoint, staff(administrator.authority()), administrator.name(), reached);
			}
		}
		for (Endpoint endpoint : endpoints(endpoint -> endpoint.under("/admin", "/api/v1/")
				&& ACCOUNTS_SECURITY_AUDIT.contains(endpoint.module())
				&& !OWN_ACCOUNT.containsKey(endpoint.handler().getBeanType().getSimpleName()))) {
			walked++;
			refused(endpoint, staff(StaffRole.EDITOR.forSite(siteA)), "EDITOR", reached);
		}
		assertThat(walked).as("entries tried").isGreaterThan(300);
		assertThat(reached).isEmpty();
		assertThat(SweptObjects.fingerprint(jdbc, otherSites)).as("the objects after the refused requests").isEqualTo(before);
	}

	/**
	 * IDOR: a member holding every role of site A (editor, reviewer, site manager, letter handler,
	 * template manager) names another site's site, channel, document, mailbox, letter,
	 * solicitation, survey, interview or disclosure application by its id, by every verb, and gets nothing: 403 or 404
	 * (a change refused as a bad request also counts), never the object's title.
	 */
	@Test
	void aMemberOfOneSiteReachesNothingOfAnotherByItsId() throws Exception {
		long siteA = content.portal();
		RequestPostProcessor everyRoleOfA = everyRoleOf(siteA);
		Map<String, Long> objects = new LinkedHashMap<>(interactionOfB());
		objects.putAll(SweptObjects.of(beans));
		otherSites = objects;
		Map<String, String> before = SweptObjects.fingerprint(jdbc, objects);
		List<String> reached = new ArrayList<>();
		List<Endpoint> byId = endpoints(endpoint -> endpoint.under("/admin", "/api/v1/") && endpoint.names(siteBIds()));
		for (Endpoint endpoint : byId) {
			refused(endpoint, everyRoleOfA, "every role of A", reached);
		}
		assertThat(byId).as("entries naming site B's objects").hasSizeGreaterThan(170);
		assertThat(reached).isEmpty();
		assertThat(SweptObjects.fingerprint(jdbc, objects)).as("the objects after the refused requests").isEqualTo(before);
	}

	/**
	 * IDOR through one's own site or document: a member holding every role of site A names site A
	 * or a document of A in the address and an object of another site under it (its new-media
	 * account, application rule, outside release, a file of its library), by every verb: refused,
	 * and the object unchanged.
	 */
	@Test
	void aMemberOfOneSiteReachesNoObjectOfAnotherUnderItsOwnSite() throws Exception {
		long siteA = content.portal();
		long documentA = content.draft(ContentFixtures.editor(siteA), siteA, content.channel(siteA, ContentFixtures.unique("c")),
				ContentFixtures.unique("甲站文稿"));
		RequestPostProcessor everyRoleOfA = everyRoleOf(siteA);
		Map<String, Long> objects = new LinkedHashMap<>(SweptObjects.of(beans));
		Map<String, String> before = SweptObjects.fingerprint(jdbc, objects);
		objects.put("siteId", siteA);
		objects.put("documents/id", documentA);
		otherSites = objects;
		List<String> reached = new ArrayList<>();
		List<Endpoint> under = endpoints(endpoint -> endpoint.under("/admin", "/api/v1/")
				&& (endpoint.pattern().contains("{siteId}") || endpoint.pattern().contains("/documents/{id}"))
				&& endpoint.variables().stream().anyMatch(SweptObjects.UNDER_A_SITE_OR_DOCUMENT::contains)
				&& endpoint.names(objects));
		for (Endpoint endpoint : under) {
			refusedOrTurnedBack(endpoint, everyRoleOfA, reached);
		}
		assertThat(under).as("entries naming site A or its document and another site's object").hasSizeGreaterThanOrEqualTo(6);
		assertThat(reached).isEmpty();
		assertThat(SweptObjects.fingerprint(jdbc, objects)).as("the objects after the refused requests").isEqualTo(before);
	}

	/**
	 * Roles beyond the three administrators, each on its own site B: what a role may not change
	 * there (by the module of the handler) it is refused, by every changing verb. A letter handler
	 * handles letters, participation and disclosure, nothing of content, channels, templates or the
	 * site; a template manager changes templates only; an editor and a reviewer write and review,
	 * and handle no letters, disclosure, site settings or accounts.
	 */
	@Test
	void eachRoleOfASiteChangesOnlyWhatItsRoleAllows() throws Exception {
		Map<StaffRole, Set<String>> mayNotChange = Map.of(StaffRole.LETTER_HANDLER,
				Set.of("content", "channel", "site", "publish", "migration", "servicecatalog", "identity"),
				StaffRole.TEMPLATE_MANAGER, Set.of("content", "channel", "site", "interaction", "disclosure", "identity"),
				StaffRole.EDITOR, Set.of("interaction", "disclosure", "site", "identity"), StaffRole.REVIEWER,
				Set.of("interaction", "disclosure", "site", "channel", "identity"));
		// members of site B may read its documents (SiteReadAccessTests): only whether a change goes through counts here
		marker = ContentFixtures.unique("不在任何页面");
		List<String> reached = new ArrayList<>();
		int walked = 0;
		for (Map.Entry<StaffRole, Set<String>> role : mayNotChange.entrySet()) {
			for (Endpoint endpoint : endpoints(endpoint -> endpoint.under("/admin", "/api/v1/") && endpoint.changes()
					&& endpoint.names(siteBIds()) && role.getValue().contains(endpoint.module())
					&& !OWN_ACCOUNT.containsKey(endpoint.handler().getBeanType().getSimpleName()))) {
				walked++;
				refused(endpoint, staff(role.getKey().forSite(siteB)), role.getKey() + " of B", reached);
			}
		}
		assertThat(walked).as("changes tried").isGreaterThan(100);
		assertThat(reached).isEmpty();
	}

	/**
	 * A letter's attachment is found under its own letter only. A handler of the letter names, under
	 * it, a picture of another site's library and another letter's attachment, in the console (to
	 * read or to allow on the site) and on the published letter: not found, never the file, the
	 * other attachment unchanged; the other letter's own address refuses the handler.
	 */
	@Test
	void aLettersAttachmentAddressReachesNoOtherFile() throws Exception {
		byte[] own = png(4);
		byte[] others = png(6);
		LetterFixtures.Desk mine = letterDesks.desk(false);
		LetterFixtures.Desk theirs = letterDesks.desk(false);
		long letter = publishedWithAttachment(mine, own);
		long otherLetter = publishedWithAttachment(theirs, others);
		long attachment = attachmentOf(letter);
		long otherAttachment = attachmentOf(otherLetter);
		long picture = SweptObjects.of(beans).get("media/fileId");
		RequestPostProcessor handler = staff(StaffRole.LETTER_HANDLER.forSite(mine.portal()));
		// the addresses answer the letter's own file: what is refused below is refused for its id alone
		assertThat(mvc.perform(get("/admin/letters/" + letter + "/attachments/" + attachment).with(handler)).andReturn()
			.getResponse().getContentAsByteArray()).isEqualTo(own);
		assertThat(mvc.perform(get("/letters/replies/" + letter + "/attachments/" + attachment)).andReturn()
			.getResponse().getContentAsByteArray()).isEqualTo(own);
		String before = attachmentRow(otherAttachment);

		List<String> reached = new ArrayList<>();
		for (long foreign : List.of(picture, otherAttachment)) {
			if (foreign == attachment) {
				continue; // the picture's id happens to be the letter's own attachment's
			}
			notTheFile(get("/admin/letters/" + letter + "/attachments/" + foreign).with(handler), reached);
			notTheFile(get("/letters/replies/" + letter + "/attachments/" + foreign), reached);
			notTheFile(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/admin/letters/" + letter + "/attachments/" + foreign + "/public")
				.param("allowed", "false")
				.with(handler)
				.with(csrf()), reached);
		}
		notTheFile(get("/admin/letters/" + otherLetter + "/attachments/" + otherAttachment).with(handler), reached);
		assertThat(reached).isEmpty();
		assertThat(attachmentRow(otherAttachment)).as("the other letter's attachment").isEqualTo(before);
		assertThat(mvc.perform(get("/letters/replies/" + otherLetter + "/attachments/" + otherAttachment)).andReturn()
			.getResponse().getContentAsByteArray()).as("still on the other letter's page").isEqualTo(others);
	}

	/** Refused (403, 404, or a change turned back), and without the content of either foreign file. */
	private void notTheFile(MockHttpServletRequestBuilder request, List<String> reached) throws Exception {
		MvcResult result = mvc.perform(request).andReturn();
		MockHttpServletResponse answer = result.getResponse();
		Map<String, Object> flash = result.getFlashMap();
		boolean turnedBack = answer.getStatus() == 302 && flash != null && flash.containsKey("errorMessage")
				&& !flash.containsKey("successMessage");
		if (!(answer.getStatus() == 403 || answer.getStatus() == 404 || turnedBack)
				|| answer.getContentType() != null && answer.getContentType().startsWith("image/")) {
			reached.add(result.getRequest().getMethod() + " " + result.getRequest().getRequestURI() + " → " + answer.getStatus()
					+ " " + answer.getContentType());
		}
	}

	private long publishedWithAttachment(LetterFixtures.Desk desk, byte[] picture) {
		// a phone and a subject of its own: the same letter twice is refused as a duplicate
		String phone = "139" + String.format("%08d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000));
		letters.submit(desk.mailbox(), new NewLetter("附件", false, phone, null, null, ContentFixtures.unique(marker), "附件见图。",
				true), List.of(new NewAttachment("现场.png", picture)));
		long letter = jdbc.sql("select id from interaction_letter where mailbox_id = ?").param(desk.mailbox())
			.query(Long.class)
			.single();
		desk.portalHandler().run(() -> handling.accept(letter, false));
		desk.portalHandler().run(() -> handling.draftReply(letter, "已处理。"));
		desk.secondPortalHandler().run(() -> handling.approveReply(letter, true));
		desk.portalHandler().run(() -> handling.allowAttachment(letter, attachmentOf(letter), true));
		return letter;
	}

	private long attachmentOf(long letter) {
		return jdbc.sql("select id from interaction_letter_attachment where letter_id = ?").param(letter)
			.query(Long.class)
			.single();
	}

	private String attachmentRow(long attachment) {
		return jdbc.sql("select md5(t::text) from interaction_letter_attachment t where id = ?").param(attachment)
			.query(String.class)
			.single();
	}

	private static byte[] png(int size) throws java.io.IOException {
		java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(size, size, java.awt.image.BufferedImage.TYPE_INT_RGB),
				"png", png);
		return png.toByteArray();
	}

	/**
	 * The lifecycle's steps by name ({@code …/lifecycle/{step}}), which the sweeps by id name "1", an
	 * unknown step refused before any guard: every role of site A takes no step, known or not, on an
	 * applied site, an online site or the online site's new-media account, nor on that account
	 * named under site A; an unknown step is not found on A itself; a known one is refused as forbidden
	 * whatever the site's state. The sites and the account unchanged.
	 */
	@Test
	void noRoleOfASiteTakesALifecycleStepOfAnother() throws Exception {
		long siteA = content.portal();
		RequestPostProcessor everyRoleOfA = everyRoleOf(siteA);
		long account = SweptObjects.of(beans).get("new-media/accountId");
		long online = jdbc.sql("select site_id from new_media_account where id = ?").param(account).query(Long.class).single();
		long applied = org.govsite.platform.RunAs.actor("test-admin", () -> beans.getBean(org.govsite.site.SiteManagement.class)
			.apply(new org.govsite.site.SiteRegistration(org.govsite.site.SiteKind.PORTAL, null, marker, null, null, null, null,
					null, null, null), new org.govsite.site.SiteProfile(marker, null, null, "张三", null, null, null, null)),
				StaffRole.SYSTEM_ADMIN.authority());
		List<String> unknown = List.of("1", "unknown-step", "APPROVE", "go_online", "approve.json");
		List<String> steps = new ArrayList<>(unknown);
		for (org.govsite.site.LifecycleStep step : org.govsite.site.LifecycleStep.values()) {
			if (step.performable()) {
				steps.add(step.path());
			}
		}
		Map<String, String> before = lifecycleRows(applied, online, account);
		List<Endpoint> lifecycle = endpoints(endpoint -> endpoint.pattern().endsWith("/lifecycle/{step}"));
		List<String> reached = new ArrayList<>();
		Set<String> guarded = new TreeSet<>();
		for (Endpoint endpoint : lifecycle) {
			List<Map<String, Long>> targets = endpoint.pattern().contains("{accountId}")
					? List.of(Map.of("siteId", online, "accountId", account), Map.of("siteId", siteA, "accountId", account))
					: List.of(Map.of("siteId", applied), Map.of("siteId", online));
			for (Map<String, Long> target : targets) {
				for (String step : steps) {
					MockHttpServletResponse answer = perform(endpoint, endpoint.path(target, step), everyRoleOfA, true);
					int status = answer.getStatus();
					if (!(status >= 400 && status < 500 && status != 401 || turnedBack)) {
						reached.add(endpoint + " " + target + " " + step + " → " + status + " " + answer.getRedirectedUrl());
					}
					if (status == 403) {
						guarded.add(step);
					}
				}
			}
			if (!endpoint.pattern().contains("{accountId}")) {
				for (String step : unknown) {
					MockHttpServletResponse answer = perform(endpoint, endpoint.path(Map.of("siteId", siteA), step), everyRoleOfA,
							true);
					if (answer.getStatus() != 404) {
						reached.add(endpoint + " site A " + step + " → " + answer.getStatus() + " (unknown: 404 expected)");
					}
				}
			}
		}
		assertThat(lifecycle).as("the lifecycle addresses").hasSize(4);
		assertThat(reached).isEmpty();
		// every known step got past the lookup of the step to the permission guard, which answers
		// before the site's state is asked (a 409 "not now" would tell another site's staff where it stands)
		assertThat(guarded).as("steps refused by the guard")
			.containsAll(steps.stream().filter(step -> !unknown.contains(step)).toList())
			.doesNotContainAnyElementsOf(unknown);
		assertThat(lifecycleRows(applied, online, account)).as("the sites and the account after the refused steps")
			.isEqualTo(before);
	}

	private Map<String, String> lifecycleRows(long applied, long online, long account) {
		Map<String, String> rows = new LinkedHashMap<>();
		for (long site : List.of(applied, online)) {
			rows.put("site " + site, jdbc.sql("select md5(t::text) from site t where id = ?").param(site).query(String.class).single());
		}
		rows.put("account " + account, jdbc.sql("select md5(t::text) from new_media_account t where id = ?").param(account)
			.query(String.class)
			.single());
		return rows;
	}

	/**
	 * Every id a console or API address names is an object the IDOR sweep above creates on site
	 * B, or is listed with its reason: a new kind of object addressed by id fails here until it
	 * has a case.
	 */
	@Test
	void everyIdTheConsoleNamesHasACase() {
		Set<String> keys = new TreeSet<>(siteBIds().keySet());
		keys.addAll(List.of("mailboxes/id", "mailboxId", "letters/id", "letters/letterId", "solicitations/id", "surveys/id",
				"interviews/id", "disclosure/id", "opinions/opinion", "questions/question"));
		keys.addAll(SweptObjects.KEYS);
		Set<String> without = new TreeSet<>();
		for (Endpoint endpoint : endpoints(endpoint -> endpoint.under("/admin", "/api/v1/"))) {
			for (String key : endpoint.variables()) {
				String variable = key.substring(key.indexOf('/') + 1);
				if (!keys.contains(key) && !keys.contains(variable) && !NOT_A_SITE_OBJECT.containsKey(key)
						&& !NOT_A_SITE_OBJECT.containsKey(variable) && !NO_CASE_YET.containsKey(key)) {
					without.add(key + " in " + endpoint);
				}
			}
		}
		assertThat(without).isEmpty();
	}

	/**
	 * An id that names nothing, asked for by a member who holds every role: the console's page of
	 * an unknown object or the API's 404, never a redirect (which hides the answer from a scanner
	 * and the user alike), a page, or a failure.
	 */
	@Test
	void anUnknownIdIsNotFound() throws Exception {
		long siteA = content.portal();
		List<String> authorities = new ArrayList<>();
		for (StaffRole role : StaffRole.values()) {
			authorities.add(role.isAdministrator() ? role.authority() : role.forSite(siteA));
		}
		RequestPostProcessor everyone = staff(authorities.toArray(String[]::new));
		List<String> wrong = new ArrayList<>();
		int lists = 0;
		List<Endpoint> byId = endpoints(endpoint -> endpoint.under("/admin", "/api/v1/") && !endpoint.changes()
				&& endpoint.pattern().contains("{") && !endpoint.listedIn(NOT_BY_ID));
		for (Endpoint endpoint : byId) {
			MockHttpServletResponse answer = perform(endpoint, endpoint.path(Map.of(), UNKNOWN), everyone, true);
			if (LISTS_OF_AN_ID.contains(endpoint.handler().getBeanType().getSimpleName() + "#"
					+ endpoint.handler().getMethod().getName())) {
				lists++;
				if (!notFoundInChinese(endpoint, answer)) {
					wrong.add(endpoint + " → " + answer.getStatus() + " " + answer.getContentType() + " (a list: 404 expected)");
				}
			}
			else if (!Set.of(400, 403, 404).contains(answer.getStatus())) {
				wrong.add(endpoint + " → " + answer.getStatus() + " " + answer.getRedirectedUrl());
			}
		}
		assertThat(byId).as("reads by id tried").hasSizeGreaterThan(80);
		assertThat(lists).as("lists of an id tried").isEqualTo(LISTS_OF_AN_ID.size());
		assertThat(wrong).isEmpty();
	}

	/** 404 with the house's page (console) or a problem (API), in Chinese. */
	private static boolean notFoundInChinese(Endpoint endpoint, MockHttpServletResponse answer) throws Exception {
		answer.setCharacterEncoding("UTF-8");
		String body = answer.getContentAsString();
		boolean problem = answer.getContentType() != null
				&& MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(MediaType.parseMediaType(answer.getContentType()));
		return answer.getStatus() == 404 && (endpoint.under("/api/v1/") ? problem && body.contains("找不到")
				: body.contains("找不到页面"));
	}

	/** Boot answers a direct {@code GET /error} with 500: no error happened, there is no such page. */
	@Test
	void theErrorAddressIsNoPage() throws Exception {
		for (MediaType type : List.of(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON)) {
			assertThat(mvc.perform(get("/error").accept(type)).andReturn().getResponse().getStatus()).as(type.toString())
				.isEqualTo(404);
		}
	}

	/**
	 * The same, where the member may act on the site or document named first: a change may also be
	 * turned back to the page with an error (another site's object is no object of this one), which
	 * the sweep's fingerprints show changed nothing.
	 */
	private void refusedOrTurnedBack(Endpoint endpoint, RequestPostProcessor who, List<String> reached) throws Exception {
		List<String> answered = new ArrayList<>();
		refused(endpoint, who, "every role of A", answered);
		if (!answered.isEmpty() && !(endpoint.changes() && turnedBack)) {
			reached.addAll(answered);
		}
	}

	private void refused(Endpoint endpoint, RequestPostProcessor who, String role, List<String> reached) throws Exception {
		MockHttpServletResponse answer = perform(endpoint, endpoint.path(siteBIds()), who, true);
		int status = answer.getStatus();
		boolean refused = status == 403 || status == 404
				|| endpoint.changes() && status >= 400 && status < 500 && status != 401;
		String body = answer.getContentAsString();
		boolean shows = body.contains(marker) || body.contains(SweptObjects.MARKER);
		if (!refused || shows) {
			if (status == 200 && !endpoint.pattern().contains("{") && !endpoint.changes() && !shows) {
				return; // a list of what the member holds: it holds none of site B
			}
			if (role.endsWith("_ADMIN") && !endpoint.changes() && endpoint.listedIn(ADMINISTRATORS_READ)
					|| endpoint.listedIn(REFUSED_BEFORE_THE_GUARD) && !shows) {
				return;
			}
			reached.add(role + " " + endpoint + " → " + status + " " + answer.getRedirectedUrl());
		}
	}

	private Map<String, Long> siteBIds() {
		Map<String, Long> ids = new LinkedHashMap<>(Map.of("siteId", siteB, "channelId", channelB, "documents/id", documentB,
				"channels/id", channelB, "sites/id", siteB));
		ids.putAll(otherSites);
		return ids;
	}

	/** Broken JSON, wrong types, a megabyte of text: 400 (413 for the size) in Chinese, as problem+json. */
	@Test
	void thePublicApiRefusesBrokenBodiesInChinese() throws Exception {
		List<String> wrong = new ArrayList<>();
		List<Endpoint> withBody = endpoints(endpoint -> endpoint.under("/api/public/") && endpoint.body() != null);
		for (Endpoint endpoint : withBody) {
			Map<String, String> bodies = new LinkedHashMap<>();
			bodies.put("broken", "{\"subject\": \"未写完");
			bodies.put("wrong types", wrongTypes(endpoint.body()));
			bodies.put("1 MB", megabyte(endpoint.body()));
			for (Map.Entry<String, String> body : bodies.entrySet()) {
				MockHttpServletResponse answer = mvc
					.perform(request(endpoint.method(), endpoint.path(Map.of())).contentType(MediaType.APPLICATION_JSON)
						.accept(endpoint.accepts())
						.content(body.getValue()))
					.andReturn()
					.getResponse();
				answer.setCharacterEncoding("UTF-8");
				boolean status = answer.getStatus() == 400 || body.getKey().equals("1 MB") && answer.getStatus() == 413;
				boolean problem = MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(
						MediaType.parseMediaType(String.valueOf(answer.getContentType()).replace("null", "text/plain")));
				boolean chinese = answer.getContentAsString().codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF);
				if (!status || !problem || !chinese) {
					wrong.add(endpoint + " " + body.getKey() + " → " + answer.getStatus() + " " + answer.getContentType() + " "
							+ answer.getContentAsString().substring(0, Math.min(120, answer.getContentAsString().length())));
				}
			}
		}
		assertThat(withBody).as("public entries with a body").hasSizeGreaterThan(8);
		assertThat(wrong).isEmpty();
	}

	/** Every field of the body's record with a value of another JSON type. */
	private static String wrongTypes(Class<?> body) {
		StringBuilder json = new StringBuilder("{");
		for (RecordComponent component : body.isRecord() ? body.getRecordComponents() : new RecordComponent[0]) {
			Class<?> type = component.getType();
			String value = type == String.class ? "{\"nested\":true}" : "\"不是数字也不是是否\"";
			json.append(json.length() > 1 ? "," : "").append('"').append(component.getName()).append("\":").append(value);
		}
		return json.append(body.isRecord() ? "}" : "\"x\":[]}").toString();
	}

	/** Every text field of the body's record a megabyte long. */
	private static String megabyte(Class<?> body) {
		String text = "\"" + "长".repeat(350_000) + "\"";
		StringBuilder json = new StringBuilder("{");
		for (RecordComponent component : body.isRecord() ? body.getRecordComponents() : new RecordComponent[0]) {
			if (component.getType() == String.class) {
				json.append(json.length() > 1 ? "," : "").append('"').append(component.getName()).append("\":").append(text);
			}
		}
		return json.length() > 1 ? json.append("}").toString() : text;
	}

	private List<Endpoint> endpoints(Predicate<Endpoint> filter) {
		return endpoints(mappings, filter);
	}

	/** Every method of every path of the application's handler mappings that passes the filter (the tests' own left out). */
	static List<Endpoint> endpoints(RequestMappingHandlerMapping mappings, Predicate<Endpoint> filter) {
		List<Endpoint> endpoints = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = mapping.getKey();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : new TreeSet<>(info.getPatternValues())) {
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods) {
					Endpoint endpoint = new Endpoint(HttpMethod.valueOf(method.name()), pattern, mapping.getValue(), info);
					if (!endpoint.ofTheTests() && filter.test(endpoint)) {
						endpoints.add(endpoint);
					}
				}
			}
		}
		endpoints.sort((a, b) -> a.toString().compareTo(b.toString()));
		return endpoints;
	}

	private MockHttpServletResponse perform(Endpoint endpoint, String path, RequestPostProcessor who, boolean token)
			throws Exception {
		MockHttpServletRequestBuilder call = request(endpoint.method(), path).with(who);
		endpoint.requiredParameters(siteBIds()).forEach(call::param);
		if (token) {
			call.with(csrf());
		}
		try {
			MvcResult result = mvc.perform(call).andReturn();
			// no flash map when the security filters answered before the dispatcher
			Map<String, Object> flash = result.getFlashMap();
			turnedBack = flash != null && flash.containsKey("errorMessage") && !flash.containsKey("successMessage");
			return result.getResponse();
		}
		catch (Exception unhandled) {
			// what a servlet container answers with 500
			MockHttpServletResponse failed = new MockHttpServletResponse();
			failed.setStatus(500);
			failed.getWriter().write(String.valueOf(unhandled.getCause()));
			return failed;
		}
	}

	/** A member holding every role of the site but the three administrators', a new one for each request. */
	private static RequestPostProcessor everyRoleOf(long site) {
		List<String> authorities = new ArrayList<>();
		for (StaffRole role : StaffRole.values()) {
			if (!role.isAdministrator()) {
				authorities.add(role.forSite(site));
			}
		}
		return request -> staff(authorities.toArray(String[]::new)).postProcessRequest(request);
	}

	static RequestPostProcessor staff(String... authorities) {
		List<SimpleGrantedAuthority> granted = new ArrayList<>();
		granted.add(new SimpleGrantedAuthority(StaffRole.STAFF_AUTHORITY));
		for (String authority : authorities) {
			granted.add(new SimpleGrantedAuthority(authority));
		}
		return user(ContentFixtures.unique("sweep")).authorities(granted);
	}

	/** One method of one path of a handler mapping. */
	record Endpoint(HttpMethod method, String pattern, HandlerMethod handler, RequestMappingInfo info) {

		private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

		boolean under(String... prefixes) {
			for (String prefix : prefixes) {
				if (pattern.startsWith(prefix)) {
					return true;
				}
			}
			return false;
		}

		boolean changes() {
			return !Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS).contains(method);
		}

		/** The tests' own probe controllers (audit's AuditProbeController …) are no endpoint of the product. */
		boolean ofTheTests() {
			var source = handler.getBeanType().getProtectionDomain().getCodeSource();
			return source != null && source.getLocation().toString().contains("/test-classes/");
		}

		boolean listedIn(Map<String, String> table) {
			String name = handler.getBeanType().getSimpleName() + "#" + handler.getMethod().getName();
			return table.keySet().stream().anyMatch(name::startsWith);
		}

		/** Whether every path variable has a value among the ids. */
		boolean names(Map<String, Long> ids) {
			Matcher variables = VARIABLE.matcher(pattern);
			boolean any = false;
			while (variables.find()) {
				any = true;
				String before = pattern.substring(0, variables.start());
				if (!ids.containsKey(segmentBefore(before) + "/" + variables.group(1)) && !ids.containsKey(variables.group(1))) {
					return false;
				}
			}
			return any;
		}

		private static String segmentBefore(String before) {
			return before.endsWith("/") ? before.substring(before.lastIndexOf('/', before.length() - 2) + 1, before.length() - 1)
					: "";
		}

		/** Each path variable as the segment before it and its name ({@code letters/id}), or its name alone. */
		List<String> variables() {
			List<String> keys = new ArrayList<>();
			Matcher variables = VARIABLE.matcher(pattern);
			while (variables.find()) {
				String segment = segmentBefore(pattern.substring(0, variables.start()));
				keys.add(segment.isEmpty() ? variables.group(1) : segment + "/" + variables.group(1));
			}
			return keys;
		}

		/** The module of the handler: org.govsite.&lt;module&gt;.… */
		String module() {
			return handler.getBeanType().getName().split("\\.")[2];
		}

		/** Each path variable by its name and the segment before it; one without a value becomes 1 (or 2999 for a year). */
		String path(Map<String, Long> ids) {
			return path(ids, "1");
		}

		/** The same, a variable without a value set to {@code missing}. */
		String path(Map<String, Long> ids, String missing) {
			Matcher variables = VARIABLE.matcher(pattern);
			StringBuilder path = new StringBuilder();
			while (variables.find()) {
				String segment = segmentBefore(pattern.substring(0, variables.start()));
				Long id = ids.getOrDefault(segment + "/" + variables.group(1), ids.get(variables.group(1)));
				String value = id != null ? id.toString() : variables.group(2) != null ? "2999" : missing;
				variables.appendReplacement(path, value);
			}
			variables.appendTail(path);
			return path.toString();
		}

		/** What a client of this handler asks for: what it produces (JSON when it does not say), or a problem. */
		MediaType[] accepts() {
			List<MediaType> types = new ArrayList<>(info.getProducesCondition().getProducibleMediaTypes());
			if (types.isEmpty()) {
				types.add(MediaType.APPLICATION_JSON);
			}
			types.add(MediaType.APPLICATION_PROBLEM_JSON);
			return types.toArray(MediaType[]::new);
		}

		/**
		 * A value for each required request parameter, so that a read gets past its binding to its
		 * guard: an id by its name, else any value of the parameter's type.
		 */
		Map<String, String> requiredParameters(Map<String, Long> ids) {
			Map<String, String> values = new LinkedHashMap<>();
			for (MethodParameter parameter : handler.getMethodParameters()) {
				RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
				if (param == null || !param.required() || !ValueConstants.DEFAULT_NONE.equals(param.defaultValue())
						|| MultipartFile.class.isAssignableFrom(parameter.getParameterType())) {
					continue;
				}
				parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
				String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
				Class<?> type = parameter.getParameterType();
				String value = ids.containsKey(name) ? ids.get(name).toString()
						: type == LocalDate.class ? "2026-01-01"
								: type.isEnum() ? ((Enum<?>) type.getEnumConstants()[0]).name()
										: type == boolean.class || type == Boolean.class ? "true"
												: Number.class.isAssignableFrom(type) || type.isPrimitive() ? "1" : "x";
				values.put(name, value);
			}
			return values;
		}

		/** The type of the {@code @RequestBody} parameter, if the handler takes one. */
		Class<?> body() {
			for (MethodParameter parameter : handler.getMethodParameters()) {
				if (parameter.hasParameterAnnotation(RequestBody.class)) {
					return parameter.getParameterType();
				}
			}
			return null;
		}

		@Override
		public String toString() {
			return method + " " + pattern + " (" + handler.getBeanType().getSimpleName() + "#" + handler.getMethod().getName()
					+ ")";
		}
	}
}
