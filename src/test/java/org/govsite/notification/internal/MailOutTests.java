package org.govsite.notification.internal;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.govsite.identity.StaffDirectory;
import org.govsite.notification.NotificationKind;
import org.govsite.platform.DeploymentRole;
import org.govsite.platform.GovSiteProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Messages by email, to a real SMTP server (GreenMail, in this process, on loopback): each user
 * behind the recipients gets one email of their own, unless they chose not to take that kind.
 */
class MailOutTests {

	static final int PORT = freePort();

	static final NotificationKind REVIEW = new NotificationKind("content.REVIEW_WAITING", "k", true, false);

	static final NotificationKind DIGEST = new NotificationKind("report.DIGEST", "k", false, true);

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	MailOut mail;

	@BeforeEach
	void mail() {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(PORT);
		sender.setDefaultEncoding("UTF-8");
		Map<String, String> addresses = Map.of("zhangsan", "zhangsan@example.gov.cn", "lisi", "lisi@example.gov.cn",
				"wangwu", "wangwu@example.gov.cn", "zhaoliu", "zhaoliu@example.gov.cn");
		StaffDirectory staff = new StaffDirectory() {
			@Override
			public Optional<String> emailOf(String username) {
				return Optional.ofNullable(addresses.get(username));
			}

			@Override
			public List<String> emailsOfRole(String authority) {
				return holdersOf(authority).stream().map(addresses::get).toList();
			}

			@Override
			public List<String> holdersOf(String authority) {
				return authority.equals("site:12:REVIEWER") ? List.of("lisi", "wangwu", "zhaoliu") : List.of();
			}
		};
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("notification.mail.subject", Locale.SIMPLIFIED_CHINESE, "【政府网站集约化平台】{0}");
		messages.addMessage("notification.mail.body", Locale.SIMPLIFIED_CHINESE, "{0}\n\n请登录控制台查看：{1}");
		GovSiteProperties platform = new GovSiteProperties(DeploymentRole.ALL, Path.of("data"), "https://console.example.gov.cn/", java.time.ZoneId.of("Asia/Shanghai"));
		SmtpMail smtpMail = new SmtpMail(sender, new NotificationProperties("govsite@example.gov.cn"), platform, messages);
		// zhaoliu takes no review messages by email; lisi asked for the digest
		EmailChoices choices = new EmailChoices(null) {
			@Override
			public Map<String, Boolean> of(String username) {
				return switch (username) {
					case "zhaoliu" -> Map.of(REVIEW.code(), false);
					case "lisi" -> Map.of(DIGEST.code(), true);
					default -> Map.of();
				};
			}
		};
		mail = new MailOut(new StaticListableBeanFactory(Map.of("smtp", smtpMail)).getBeanProvider(SmtpMail.class), staff,
				choices);
	}

	@Test
	void eachUserGetsTheirOwnEmailWithALinkIntoTheConsole() throws Exception {
		mail.afterCommit(Set.of("zhangsan", "site:12:REVIEWER", "nobody"), Set.of(), REVIEW, "稿件“春耕通知”等待1级审核。",
				"/admin/documents/5");

		assertThat(smtp.waitForIncomingEmail(10_000, 3)).isTrue();
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).extracting(message -> message.getAllRecipients()[0].toString())
			.containsExactlyInAnyOrder("zhangsan@example.gov.cn", "lisi@example.gov.cn", "wangwu@example.gov.cn");
		MimeMessage first = received[0];
		assertThat(first.getSubject()).isEqualTo("【政府网站集约化平台】稿件“春耕通知”等待1级审核。");
		assertThat(first.getFrom()[0].toString()).isEqualTo("govsite@example.gov.cn");
		assertThat(first.getContent().toString())
			.contains("稿件“春耕通知”等待1级审核。", "https://console.example.gov.cn/admin/documents/5");
	}

	@Test
	void staffWithoutAnAddressGetNothing() {
		assertThat(mail.addresses(Set.of("nobody", "site:99:EDITOR"), Set.of(), REVIEW)).isEmpty();
	}

	@Test
	void aUserWhoTurnedAKindOffGetsNoEmailOfIt() {
		assertThat(mail.addresses(Set.of("site:12:REVIEWER"), Set.of(), REVIEW))
			.containsExactly("lisi@example.gov.cn", "wangwu@example.gov.cn");
	}

	@Test
	void aMessageNotForSomeHoldersOfTheRoleIsNotEmailedToThem() {
		assertThat(mail.addresses(Set.of("site:12:REVIEWER"), Set.of("wangwu"), REVIEW)).containsExactly("lisi@example.gov.cn");
	}

	@Test
	void aKindOffByDefaultGoesOnlyToThoseWhoAskedForIt() {
		assertThat(mail.addresses(Set.of("zhangsan", "site:12:REVIEWER"), Set.of(), DIGEST)).containsExactly("lisi@example.gov.cn");
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
