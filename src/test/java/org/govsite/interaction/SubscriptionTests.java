package org.govsite.interaction;

import java.time.Duration;
import java.util.List;

import org.govsite.content.ContentFixtures;
import org.govsite.content.ContentFixtures.Staff;
import org.govsite.identity.StaffRole;
import org.govsite.interaction.internal.SubscriptionTokens;
import org.govsite.interaction.internal.SubscriptionTokens.Purpose;
import org.govsite.publish.PublishFixtures;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Subscriptions from the public form to what waits to be mailed: bad input refused in Chinese with
 * nothing stored, nothing live before the emailed link is followed, the address sealed, news
 * queued from content's events for the subscriptions that look at the channel and keyword, the
 * one-click unsubscribe without signing in, and the console's counts with addresses masked. The
 * emails themselves: SubscriptionMailTests and the browser walk-through (GreenMail).
 */
@IntegrationTest
class SubscriptionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PublishFixtures sites;

	@Autowired
	ContentFixtures content;

	@Autowired
	ProofOfWork proof;

	@Autowired
	SubscriptionTokens tokens;

	@Autowired
	JdbcClient jdbc;

	TestSite site;

	@BeforeEach
	void site() {
		site = sites.onlineSite();
	}

	MockHttpServletRequestBuilder form(String email) {
		ProofOfWork.Challenge challenge = proof.issue();
		return post("/subscribe").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.with(ParticipationTests.elsewhere()).param("site", site.code()).param("email", email)
			.param("frequency", "IMMEDIATE").param("challenge", challenge.challenge())
			.param("solution", ProofOfWork.solve(challenge));
	}

	int stored() {
		return jdbc.sql("select count(*) from interaction_subscription where site_id = ?").param(site.id()).query(Integer.class)
			.single();
	}

	long subscribe(String email, String... channelsAndKeywords) throws Exception {
		MockHttpServletRequestBuilder request = form(email);
		for (String value : channelsAndKeywords) {
			request = value.matches("[0-9]+") ? request.param("channel", value) : request.param("keywords", value);
		}
		mvc.perform(request).andExpect(status().isOk()).andExpect(content().string(containsString("订阅申请已提交")));
		return jdbc.sql("select max(id) from interaction_subscription where site_id = ?").param(site.id()).query(Long.class).single();
	}

	@Test
	void theFormOfASiteOffersItsChannelsAndAnUnknownSiteIsAnswered404InChinese() throws Exception {
		mvc.perform(get("/subscribe").param("site", site.code()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("新闻动态")))
			.andExpect(content().string(containsString("政策文件")));
		mvc.perform(get("/subscribe").param("site", "0000000000"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("未找到该网站，或该网站暂未开通订阅。")));
		TestSite applied = sites.appliedSite();
		mvc.perform(get("/subscribe").param("site", applied.code())).andExpect(status().isNotFound());
	}

	@Test
	void badInputIsRefusedInChineseAndNothingIsStored() throws Exception {
		mvc.perform(form("not-an-address")).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("电子邮箱格式不正确。")));
		mvc.perform(form("")).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请填写电子邮箱")));
		mvc.perform(form("a@example.cn").param("channel", "999999999")).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("所选栏目无效")));
		mvc.perform(form("a@example.cn").param("channel", "新闻")).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("所选栏目无效")));
		mvc.perform(form("a@example.cn").param("keywords", "一 二 三 四 五 六")).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("关键词不能超过 5 个。")));
		mvc.perform(form("a@example.cn").param("frequency", "HOURLY")).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请选择推送方式")));
		mvc.perform(form("a@example.cn").param("solution", "0")).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("安全验证未通过")));
		assertThat(stored()).isZero();
	}

	@Test
	void aRequestIsSealedUnconfirmedAndLiveOnlyOnceItsLinkIsFollowed() throws Exception {
		long id = subscribe("Wang.Fang@Example.cn", Long.toString(site.news()));
		String sealed = jdbc.sql("select email from interaction_subscription where id = ?").param(id).query(String.class).single();
		assertThat(sealed).startsWith("sm4").doesNotContain("example");
		assertThat(job("interaction.subscription-confirmation", id)).as("the confirmation email is a background job").isTrue();
		mvc.perform(form("wang.fang@example.cn")).andExpect(status().isConflict())
			.andExpect(content().string(containsString("请打开邮件中的确认链接")));

		mvc.perform(get("/subscribe/confirm").param("token", tokens.issue(Purpose.UNSUBSCRIBE, id)))
			.andExpect(status().isNotFound()).andExpect(content().string(containsString("链接无效或已过期")));
		mvc.perform(get("/subscribe/confirm").param("token", id + ".forged"))
			.andExpect(status().isNotFound());
		assertThat(confirmedAt(id)).isNull();
		mvc.perform(get("/subscribe/confirm").param("token", tokens.issue(Purpose.CONFIRM, id)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("订阅已确认")))
			.andExpect(content().string(containsString("w***@example.cn")))
			.andExpect(content().string(containsString("栏目：新闻动态")))
			.andExpect(content().string(not(containsString("wang.fang"))));
		assertThat(confirmedAt(id)).isNotNull();

		long again = subscribe("wang.fang@example.cn");
		mvc.perform(get("/subscribe/confirm").param("token", tokens.issue(Purpose.CONFIRM, again))).andExpect(status().isOk());
		assertThat(jdbc.sql("select id from interaction_subscription where site_id = ?").param(site.id()).query(Long.class).list())
			.as("a new subscription confirmed replaces the address's earlier one").containsExactly(again);
	}

	@Test
	void aNewDocumentWaitsForTheSubscriptionsThatLookAtItsChannelAndKeyword() throws Exception {
		long wholeSite = confirmed("all@example.cn");
		long news = confirmed("news@example.cn", Long.toString(site.news()));
		long policy = confirmed("policy@example.cn", Long.toString(site.policy()));
		long keyword = confirmed("health@example.cn", "医保 养老");
		long unconfirmed = subscribe("later@example.cn");

		long document = content.published(site.editor(), site.reviewer(), site.id(), site.news(), "县医保局开展政策宣传月活动");
		long other = content.published(site.editor(), site.reviewer(), site.id(), site.news(), "县政府召开常务会议");
		awaitDelivery();

		assertThat(waiting(wholeSite)).containsExactlyInAnyOrder(document, other);
		assertThat(waiting(news)).containsExactlyInAnyOrder(document, other);
		assertThat(waiting(policy)).isEmpty();
		assertThat(waiting(keyword)).containsExactly(document);
		assertThat(waiting(unconfirmed)).as("nothing before the link is followed").isEmpty();
		assertThat(job("interaction.subscription-digest", news)).as("an immediate subscriber's email is a job queued at once").isTrue();
	}

	@Test
	void oneClickUnsubscribesWithoutSigningInAndDeletesTheAddress() throws Exception {
		long id = confirmed("zhou@example.cn");
		String token = tokens.issue(Purpose.UNSUBSCRIBE, id);
		mvc.perform(get("/subscribe/unsubscribe").param("token", token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已退订")))
			.andExpect(content().string(containsString("z***@example.cn")));
		assertThat(stored()).isZero();
		mvc.perform(get("/subscribe/unsubscribe").param("token", token))
			.andExpect(status().isOk()).andExpect(content().string(containsString("该订阅已退订")));
		mvc.perform(get("/subscribe/unsubscribe").param("token", tokens.issue(Purpose.CONFIRM, id)))
			.andExpect(status().isNotFound()).andExpect(content().string(containsString("链接无效或已过期")));

		long viaMailClient = confirmed("li@example.cn");
		mvc.perform(post("/api/public/subscriptions/unsubscribe").param("token", tokens.issue(Purpose.UNSUBSCRIBE, viaMailClient))
			.param("List-Unsubscribe", "One-Click")).andExpect(status().isNoContent());
		assertThat(stored()).isZero();
		mvc.perform(post("/api/public/subscriptions/unsubscribe").param("token", "1.x"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("链接无效或已过期")));
	}

	@Test
	void theConsoleShowsCountsPerSiteAndMaskedAddresses() throws Exception {
		confirmed("chen.jing@example.cn");
		subscribe("pending@example.cn");
		Staff handler = new Staff("subscriptions-" + site.code(),
				List.of(StaffRole.LETTER_HANDLER.forSite(site.id()), StaffRole.STAFF_AUTHORITY));
		UsernamePasswordAuthenticationToken user = UsernamePasswordAuthenticationToken.authenticated(handler.username(), "n/a",
				handler.authorities().stream().map(SimpleGrantedAuthority::new).toList());
		mvc.perform(get("/admin/participation/subscriptions").param("site", Long.toString(site.id())).with(authentication(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<td class=\"confirmed\">1</td>")))
			.andExpect(content().string(containsString("<td class=\"pending\">1</td>")))
			.andExpect(content().string(containsString("c***@example.cn")))
			.andExpect(content().string(not(containsString("chen.jing"))))
			.andExpect(content().string(not(containsString("pending@"))));
		TestSite other = sites.onlineSite();
		mvc.perform(get("/admin/participation/subscriptions").param("site", Long.toString(other.id())).with(authentication(user)))
			.andExpect(status().isForbidden());
	}

	long confirmed(String email, String... channelsAndKeywords) throws Exception {
		long id = subscribe(email, channelsAndKeywords);
		mvc.perform(get("/subscribe/confirm").param("token", tokens.issue(Purpose.CONFIRM, id))).andExpect(status().isOk());
		return id;
	}

	java.time.Instant confirmedAt(long id) {
		return jdbc.sql("select confirmed_at from interaction_subscription where id = ?").param(id)
			.query(java.sql.Timestamp.class).optional().map(java.sql.Timestamp::toInstant).orElse(null);
	}

	List<Long> waiting(long id) {
		return jdbc.sql("select document_id from interaction_subscription_item where subscription_id = ?").param(id)
			.query(Long.class).list();
	}

	/**
	 * Whether the subscription's job of that name is queued or has run: the worker may have taken it
	 * already, and records its end a moment after (at most 10 s).
	 */
	boolean job(String name, long id) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (true) {
			boolean found = jdbc.sql("""
					select exists (select 1 from scheduled_tasks where task_name = :n and task_instance = :i)
					    or exists (select 1 from job_status where name = :n and instance = :i)""")
				.param("n", name).param("i", Long.toString(id)).query(Boolean.class).single();
			if (found || System.nanoTime() > deadline) {
				return found;
			}
			Thread.sleep(50);
		}
	}

	/** Waits (at most 20 s) for the subscription listener to have handled every event so far. */
	void awaitDelivery() throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (jdbc.sql("select count(*) from event_publication where completion_date is null and listener_id like '%SubscriptionDelivery%'")
			.query(Integer.class).single() > 0) {
			assertThat(System.nanoTime()).as("subscription listener done within 20 s").isLessThan(deadline);
			Thread.sleep(50);
		}
	}
}
