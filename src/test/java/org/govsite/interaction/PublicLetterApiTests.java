package org.govsite.interaction;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.govsite.interaction.LetterFixtures.Desk;
import org.govsite.test.IntegrationTest;
import org.govsite.test.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Writing a letter through the public API: the code and the deadline at once, the contact details
 * encrypted in the database, bad input refused in Chinese with nothing stored, the limits per
 * address and per phone, duplicates.
 */
@IntegrationTest
class PublicLetterApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	LetterFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	ProofOfWork proof;

	Desk desk;

	String address;

	@BeforeEach
	void desk() {
		desk = fixtures.desk(true);
		address = "10.14." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(256);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	static String phone() {
		return "139" + ThreadLocalRandom.current().nextLong(10_000_000L, 100_000_000L);
	}

	MockHttpServletRequestBuilder write(String body) {
		return from(post("/api/public/mailboxes/" + desk.mailbox() + "/letters").contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request) {
		return request.with(r -> {
			r.setRemoteAddr(address);
			return r;
		});
	}

	int letters() {
		return jdbc.sql("select count(*) from interaction_letter where mailbox_id = :m").param("m", desk.mailbox())
			.query(Integer.class).single();
	}

	@Test
	void aLetterOfASaturdayGetsItsCodeAndTheDeadlineAfterTheAdjustedWorkingSaturday() throws Exception {
		// Sat 7 Feb 2026 counts from Mon 9 Feb; 10–13 Feb and Sat 14 Feb (调休) are the five working days
		clock.setTo(LocalDateTime.of(2026, 2, 7, 10, 0));
		String phone = phone();
		MvcResult result = mvc.perform(write(fixtures.body(LetterFixtures.letter(phone, "路灯不亮")
				+ ",\"idNumber\":\"11010519491231002X\"")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.replyBy").value("2026-02-14"))
			.andExpect(jsonPath("$.queryCode").isString())
			.andReturn();
		String code = com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$.queryCode");

		mvc.perform(from(get("/api/public/letters/" + code.toLowerCase())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("RECEIVED"))
			.andExpect(jsonPath("$.replyBy").value("2026-02-14"))
			.andExpect(jsonPath("$.receivedOn").value("2026-02-09"))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(phone))));
		mvc.perform(get("/letters/follow").param("code", code))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2026-02-14")));
	}

	@Test
	void theContactDetailsAreStoredEncryptedNeverInTheClear() throws Exception {
		String phone = phone();
		mvc.perform(write(fixtures.body(LetterFixtures.letter(phone, "加密检查") + ",\"idNumber\":\"11010519491231002X\"")))
			.andExpect(status().isCreated());

		Map<String, Object> row = jdbc.sql("select phone, email, id_number, phone_digest from interaction_letter where mailbox_id = :m")
			.param("m", desk.mailbox()).query().singleRow();
		assertThat((String) row.get("phone")).startsWith("sm4gcm:").doesNotContain(phone);
		assertThat((String) row.get("email")).startsWith("sm4gcm:").doesNotContain("zhang@example.cn");
		assertThat((String) row.get("id_number")).startsWith("sm4gcm:").doesNotContain("11010519491231002X");
		int plain = jdbc.sql("""
				select count(*) from interaction_letter l where l.mailbox_id = :m and (l::text like '%' || :phone || '%'
				  or l::text like '%zhang@example.cn%' or l::text like '%11010519491231002X%')""")
			.param("m", desk.mailbox()).param("phone", phone).query(Integer.class).single();
		assertThat(plain).as("no column of the letter holds the phone, email or ID number in the clear").isZero();
	}

	@Test
	void badInputIsRefusedInChineseAndNothingIsStored() throws Exception {
		String valid = LetterFixtures.letter(phone(), "坏输入") + ",\"idNumber\":\"11010519491231002X\"";
		mvc.perform(write(fixtures.body(valid.replace("\"name\":\"张三丰\"", "\"name\":\"  \""))))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("请填写姓名。"));
		mvc.perform(write(fixtures.body(valid.replace("11010519491231002X", "110105194912310021"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("居民身份证号码不正确，请核对后重新填写。"));
		mvc.perform(write(fixtures.body(valid.replace(",\"idNumber\":\"11010519491231002X\"", ""))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("interaction.submit.idNumberRequired"));
		mvc.perform(write(fixtures.body(valid.replace("\"publishable\":true", "\"publishable\":\"也许\""))))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value("publishable"));
		mvc.perform(write(fixtures.body(valid.replace("人民路的路灯坏了三盏，夜里很黑。", "长".repeat(5001)))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("interaction.submit.tooLong.content"));
		mvc.perform(write("{" + valid + ",\"challenge\":\"00\",\"solution\":\"1\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("安全验证")));
		byte[] broken = fixtures.body(valid).getBytes(StandardCharsets.UTF_8);
		byte[] withBadByte = new byte[broken.length + 2];
		System.arraycopy(broken, 0, withBadByte, 0, 20);
		withBadByte[20] = (byte) 0xC3;
		withBadByte[21] = (byte) 0x28;
		System.arraycopy(broken, 20, withBadByte, 22, broken.length - 20);
		mvc.perform(from(post("/api/public/mailboxes/" + desk.mailbox() + "/letters").contentType(MediaType.APPLICATION_JSON)
				.content(withBadByte)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(write(fixtures.body(valid.replace("人民路的路灯坏了三盏，夜里很黑。", "x".repeat(70_000)))))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.detail", containsString("内容过大")));
		mvc.perform(from(post("/api/public/mailboxes/" + desk.mailbox() + "/letters").contentType(MediaType.APPLICATION_JSON)
				.content("[1,2")))
			.andExpect(status().isBadRequest());

		assertThat(letters()).isZero();
	}

	@Test
	void theSameLetterTwiceIsADuplicateAndOnePhoneSendsAtMostFiveADay() throws Exception {
		String phone = phone();
		String letter = LetterFixtures.letter(phone, "重复") + ",\"idNumber\":\"11010519491231002X\"";
		mvc.perform(write(fixtures.body(letter))).andExpect(status().isCreated());
		mvc.perform(write(fixtures.body(letter)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("interaction.submit.duplicate"));
		for (int i = 2; i <= 5; i++) {
			mvc.perform(write(fixtures.body(LetterFixtures.letter(phone, "第" + i + "封") + ",\"idNumber\":\"11010519491231002X\"")))
				.andExpect(status().isCreated());
		}
		mvc.perform(write(fixtures.body(LetterFixtures.letter(phone, "第六封") + ",\"idNumber\":\"11010519491231002X\"")))
			.andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.detail").value("该电话号码今日提交来信过多，请明天再试。"));
		assertThat(letters()).isEqualTo(5);
	}

	@Test
	void oneAddressSendsAtMostTenLettersAnHour() throws Exception {
		for (int i = 1; i <= 10; i++) {
			mvc.perform(write(fixtures.body(LetterFixtures.letter(phone(), "第" + i + "封") + ",\"idNumber\":\"11010519491231002X\"")))
				.andExpect(status().isCreated());
		}
		mvc.perform(write(fixtures.body(LetterFixtures.letter(phone(), "第十一封") + ",\"idNumber\":\"11010519491231002X\"")))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(letters()).isEqualTo(10);
	}

	@Test
	void theFormShowsARefusalInChineseKeepsWhatWasTypedAndStoresNothing() throws Exception {
		ProofOfWork.Challenge challenge = proof.issue();
		mvc.perform(from(post("/letters/write").param("mailbox", String.valueOf(desk.mailbox()))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("name", "张三").param("title", "先生").param("phone", phone()).param("idNumber", "110105194912310021")
				.param("subject", "<i>主题</i>").param("content", "内容").param("publishable", "true")
				.param("challenge", challenge.challenge())
				.param("solution", ProofOfWork.solve(challenge))))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("居民身份证号码不正确，请核对后重新填写。")))
			.andExpect(content().string(containsString("value=\"&lt;i&gt;主题&lt;/i&gt;\"")));
		assertThat(letters()).isZero();
	}
}
