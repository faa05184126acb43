package org.govsite.content.internal;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.govsite.identity.StaffDirectory;
import org.govsite.platform.DeploymentRole;
import org.govsite.platform.GovSiteProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.context.support.StaticMessageSource;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox's messages by email, to a real SMTP server (GreenMail, in this process, on loopback):
 * each recipient gets one email, to a username's address or to each holder of a role.
 */
class MailNotificationsTests {

	static final int PORT = freePort();

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	MailNotifications mail;

	@BeforeEach
	void mail() {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(PORT);
		sender.setDefaultEncoding("UTF-8");
		StaffDirectory staff = new StaffDirectory() {
			@Override
			public Optional<String> emailOf(String username) {
				return username.equals("zhangsan") ? Optional.of("zhangsan@example.gov.cn") : Optional.empty();
			}

			@Override
			public List<String> emailsOfRole(String authority) {
				return authority.equals("site:12:REVIEWER") ? List.of("lisi@example.gov.cn", "wangwu@example.gov.cn") : List.of();
			}

			@Override
			public List<String> holdersOf(String authority) {
				return authority.equals("site:12:REVIEWER") ? List.of("lisi", "wangwu") : List.of();
			}
		};
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("content.mail.subject", Locale.SIMPLIFIED_CHINESE, "【政府网站集约化平台】{0}");
		messages.addMessage("content.mail.body", Locale.SIMPLIFIED_CHINESE, "{0}\n\n请登录控制台查看：{1}");
		ContentSettings settings = new ContentSettings(DataSize.ofMegabytes(50), 1, false, java.time.Duration.ofSeconds(30),
				"govsite@example.gov.cn", DataSize.ofMegabytes(20));
		GovSiteProperties platform = new GovSiteProperties(DeploymentRole.ALL, Path.of("data"), "https://console.example.gov.cn/");
		mail = new MailNotifications(sender, staff, settings, platform, messages);
	}

	@Test
	void eachRecipientGetsTheirOwnEmailWithALinkIntoTheConsole() throws Exception {
		mail.send(Set.of("zhangsan", "site:12:REVIEWER", "nobody"), "稿件“春耕通知”等待1级审核。", "/admin/documents/5");

		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(3);
		assertThat(received).extracting(message -> message.getAllRecipients()[0].toString())
			.containsExactlyInAnyOrder("zhangsan@example.gov.cn", "lisi@example.gov.cn", "wangwu@example.gov.cn");
		MimeMessage first = received[0];
		assertThat(first.getSubject()).isEqualTo("【政府网站集约化平台】稿件“春耕通知”等待1级审核。");
		assertThat(first.getFrom()[0].toString()).isEqualTo("govsite@example.gov.cn");
		assertThat(GreenMailUtil.getBody(first)).isNotBlank();
		assertThat(first.getContent().toString())
			.contains("稿件“春耕通知”等待1级审核。", "https://console.example.gov.cn/admin/documents/5");
	}

	@Test
	void staffWithoutAnAddressGetNothing() {
		mail.send(Set.of("nobody", "site:99:EDITOR"), "稿件已发布。", "/admin/documents/6");

		assertThat(smtp.getReceivedMessages()).isEmpty();
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
