package org.govsite.interaction;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.govsite.content.ContentFixtures.Staff;
import org.govsite.interaction.LetterFixtures.Desk;
import org.govsite.test.IntegrationTest;
import org.govsite.test.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A letter handled in the console from receipt to its published reply and its rating: each step
 * audited, the writer of a reply never its reviewer, markup shown as text, no contact details on
 * the site; extensions granted by the site manager only; overdue and three-month letters reported
 * by the daily check.
 */
@IntegrationTest
@RecordApplicationEvents
class LetterHandlingTests {

	static final String SCRIPT = "<script>alert('x')</script>";

	@Autowired
	MockMvc mvc;

	@Autowired
	LetterFixtures fixtures;

	@Autowired
	Letters letters;

	@Autowired
	LetterHandling handling;

	@Autowired
	LetterWatch watch;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	ApplicationEvents events;

	Desk desk;

	@BeforeEach
	void desk() {
		desk = fixtures.desk(false);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	static String phone() {
		return "137" + ThreadLocalRandom.current().nextLong(10_000_000L, 100_000_000L);
	}

	static RequestPostProcessor as(Staff staff) {
		return user(staff.username()).authorities(staff.authorities().stream()
			.map(authority -> (org.springframework.security.core.GrantedAuthority) () -> authority)
			.toList());
	}

	static MockHttpServletRequestBuilder console(String path, Staff staff) {
		return post(path).with(csrf()).with(as(staff)).header("Referer", "http://localhost" + path);
	}

	long idOf(String code) {
		return jdbc.sql("select id from interaction_letter where query_code = :c").param("c", code).query(Long.class).single();
	}

	String state(long id) {
		return jdbc.sql("select state from interaction_letter where id = :id").param("id", id).query(String.class).single();
	}

	@Test
	void aLetterIsAcceptedPassedOnRepliedReviewedPublishedAndRated() throws Exception {
		String phone = phone();
		String body = "\"name\":\"李四\",\"female\":false,\"phone\":\"" + phone + "\",\"email\":\"li.si@example.cn\","
				+ "\"subject\":\"" + SCRIPT.replace("'", "\\u0027") + "路灯\",\"content\":\"<img src=x onerror=alert(1)>人民路路灯坏了\","
				+ "\"publishable\":true";
		String answer = mvc.perform(post("/api/public/mailboxes/" + desk.mailbox() + "/letters")
				.contentType(MediaType.APPLICATION_JSON).content(fixtures.body(body)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		String code = JsonPath.read(answer, "$.queryCode");
		long id = idOf(code);
		assertThat(jdbc.sql("select subject from interaction_letter where id = :id").param("id", id).query(String.class).single())
			.as("stored as typed: text, escaped when shown").isEqualTo(SCRIPT + "路灯");
		assertThat(jdbc.sql("""
				select e.actor || ' ' || e.action from interaction_letter_event e join interaction_letter l on l.id = e.letter_id
				where e.letter_id = :id and e.at = l.received_at order by e.id limit 1""").param("id", id).query(String.class).list())
			.as("the letter's first history line, written with it").containsExactly("来信人 interaction.event.submitted");
		assertThat(letters.mailbox(desk.mailbox()).orElseThrow().settings().departments())
			.as("the mailbox read with its departments").contains(desk.department());

		mvc.perform(get("/admin/letters/" + id).with(as(desk.portalHandler())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;")))
			.andExpect(content().string(not(containsString(SCRIPT))))
			.andExpect(content().string(not(containsString(phone))))
			.andExpect(content().string(containsString(phone.substring(0, 3) + "****" + phone.substring(7))));
		mvc.perform(get("/admin/letters/" + id).with(as(desk.departmentHandler()))).andExpect(status().isForbidden());

		mvc.perform(console("/admin/letters/" + id + "/accept", desk.portalHandler())).andExpect(status().is3xxRedirection());
		mvc.perform(console("/admin/letters/" + id + "/assign", desk.portalHandler()).param("site", String.valueOf(desk.department())))
			.andExpect(status().is3xxRedirection());
		mvc.perform(console("/admin/letters/" + id + "/reply", desk.departmentHandler()).param("text", "经核实，路灯已于本周修复。<b>谢谢</b>"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(console("/admin/letters/" + id + "/approve", desk.departmentHandler()).param("publish", "true"))
			.andExpect(flash().attribute("errorMessage", "答复的撰写人不能审核自己的答复。"));
		assertThat(state(id)).isEqualTo("REPLY_IN_REVIEW");
		mvc.perform(console("/admin/letters/" + id + "/approve", desk.reviewer()).param("publish", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(state(id)).isEqualTo("REPLIED");
		assertThat(events.stream(LetterReplied.class).filter(replied -> replied.letterId() == id)).hasSize(1);

		List<String> audited = jdbc.sql("select action from audit_record where object_type = 'letter' and object_id = :id order by seq")
			.param("id", String.valueOf(id)).query(String.class).list();
		assertThat(audited).contains("interaction.letter.accept", "interaction.letter.assign", "interaction.letter.reply",
				"interaction.letter.approve");

		for (String page : List.of("/letters/replies?mailbox=" + desk.mailbox(), "/letters/replies/" + id)) {
			mvc.perform(get(page))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("李先生")))
				.andExpect(content().string(containsString("&lt;script&gt;")))
				.andExpect(content().string(not(containsString(SCRIPT))))
				.andExpect(content().string(not(containsString("<img src=x"))))
				.andExpect(content().string(not(containsString(phone))))
				.andExpect(content().string(not(containsString("li.si@example.cn"))))
				.andExpect(content().string(not(containsString("李四"))));
		}
		mvc.perform(get("/letters/replies/" + id))
			.andExpect(content().string(containsString("答复部门")))
			.andExpect(content().string(containsString("&lt;b&gt;谢谢&lt;/b&gt;")));

		mvc.perform(post("/api/public/letters/" + code + "/rating").contentType(MediaType.APPLICATION_JSON)
				.content("{\"satisfaction\":\"DISSATISFIED\",\"comment\":\"还是不亮\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("ACCEPTED"));
		mvc.perform(get("/letters/replies/" + id)).andExpect(status().isNotFound());
		mvc.perform(console("/admin/letters/" + id + "/reply", desk.departmentHandler()).param("text", "已更换灯具。"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(console("/admin/letters/" + id + "/approve", desk.reviewer()).param("publish", "true"));
		mvc.perform(post("/api/public/letters/" + code + "/rating").contentType(MediaType.APPLICATION_JSON)
				.content("{\"satisfaction\":\"DISSATISFIED\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("REPLIED"))
			.andExpect(jsonPath("$.satisfaction").value("DISSATISFIED"));
		mvc.perform(post("/api/public/letters/" + code + "/rating").contentType(MediaType.APPLICATION_JSON)
				.content("{\"satisfaction\":\"SATISFIED\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("该来信尚未答复或已评价，不能评价。"));
	}

	@Test
	void theClearContactDetailsAreShownOnRequestAndThatReadingIsAudited() throws Exception {
		String phone = phone();
		LetterReceipt receipt = letters.submit(desk.mailbox(), new NewLetter("王五", true, phone, null, null, "联系方式", "请回电。", false));
		long id = idOf(receipt.queryCode());

		mvc.perform(get("/admin/letters/" + id + "/contact").with(as(desk.portalHandler())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(phone)));
		assertThat(jdbc.sql("select count(*) from audit_record where action = 'interaction.letter.contact' and object_id = :id")
			.param("id", String.valueOf(id)).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void onlyTheSiteManagerGrantsAnExtensionAndTheDeadlineMovesByWorkingDays() throws Exception {
		clock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
		LetterReceipt receipt = letters.submit(desk.mailbox(), new NewLetter("赵六", null, phone(), null, null, "延期", "需要现场核实。", true));
		long id = idOf(receipt.queryCode());
		desk.portalHandler().run(() -> handling.accept(id, false));
		desk.portalHandler().run(() -> handling.requestExtension(id, 5, "需要现场核实"));

		assertThatThrownBy(() -> desk.secondPortalHandler().run(() -> handling.decideExtension(id, true)))
			.isInstanceOf(AccessDeniedException.class);
		Staff managerHandler = new Staff(desk.manager().username(), List.of("STAFF",
				org.govsite.identity.StaffRole.SITE_MANAGER.forSite(desk.portal())));
		managerHandler.run(() -> handling.decideExtension(id, true));
		assertThat(managerHandler.run(() -> handling.detail(id)).line().dueOn()).hasToString("2026-03-16");
	}

	@Test
	void theDailyCheckReportsAnOverdueLetterOnceAndALetterUnansweredForThreeMonths() {
		clock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
		LetterReceipt receipt = letters.submit(desk.mailbox(), new NewLetter("钱七", false, phone(), null, null, "超期", "请答复。", true));
		long id = idOf(receipt.queryCode());
		desk.portalHandler().run(() -> handling.accept(id, false));

		clock.setTo(LocalDateTime.of(2026, 3, 9, 18, 0));
		watch.check();
		assertThat(events.stream(LetterOverdue.class).filter(overdue -> overdue.letterId() == id)).isEmpty();

		clock.setTo(LocalDateTime.of(2026, 3, 10, 8, 0));
		watch.check();
		watch.check();
		assertThat(events.stream(LetterOverdue.class).filter(overdue -> overdue.letterId() == id))
			.singleElement().satisfies(overdue -> assertThat(overdue.dueOn()).hasToString("2026-03-09"));
		assertThat(events.stream(LetterUnansweredThreeMonths.class).filter(veto -> veto.letterId() == id)).isEmpty();

		clock.setTo(LocalDateTime.of(2026, 6, 3, 8, 0));
		watch.check();
		watch.check();
		assertThat(events.stream(LetterUnansweredThreeMonths.class).filter(veto -> veto.letterId() == id)).hasSize(1);
	}

	@Test
	void theHandlersWorkbenchListsALetterDueSoonAndThenOverdue() throws Exception {
		clock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
		LetterReceipt receipt = letters.submit(desk.mailbox(), new NewLetter("孙八", false, phone(), null, null, "工作台提醒", "请答复。", true));
		long id = idOf(receipt.queryCode());
		desk.portalHandler().run(() -> handling.accept(id, false));

		clock.setTo(LocalDateTime.of(2026, 3, 5, 9, 0));
		mvc.perform(get("/admin").with(as(desk.portalHandler())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("来信待答复：工作台提醒")))
			.andExpect(content().string(containsString("/admin/letters/" + id)));
		clock.setTo(LocalDateTime.of(2026, 3, 10, 9, 0));
		mvc.perform(get("/admin").with(as(desk.portalHandler())))
			.andExpect(content().string(containsString("【超期】来信：工作台提醒")));
		mvc.perform(get("/admin").with(as(desk.departmentHandler())))
			.andExpect(content().string(not(containsString("工作台提醒"))));
	}
}
