package org.govsite.identity.internal;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.govsite.identity.Activation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator's activation link reaches its holder alone: by email to a real SMTP server
 * (GreenMail, in this process, on loopback) when one is set up, else in the server log.
 */
@ExtendWith(OutputCaptureExtension.class)
class ActivationDeliveryTests {

	static final int PORT = freePort();

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	static final Activation ACTIVATION = new Activation(7, "auditadmin", "https://console.example.gov.cn/activate/abc123",
			Instant.parse("2026-12-09T03:00:00Z"));

	@Test
	void theLinkIsMailedToTheAccountsOwnAddress(CapturedOutput output) throws Exception {
		delivery(sender()).deliver(ACTIVATION, "auditor@example.gov.cn");

		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("auditor@example.gov.cn");
		assertThat(received[0].getSubject()).isEqualTo("请设置登录密码");
		assertThat(received[0].getContent().toString()).contains("auditadmin").contains("2026-12-09 11:00")
			.contains("https://console.example.gov.cn/activate/abc123");
		assertThat(output.getAll()).doesNotContain("/activate/abc123");
	}

	@Test
	void withoutMailTheLinkGoesToTheServerLogForTheOperator(CapturedOutput output) {
		delivery(null).deliver(ACTIVATION, "auditor@example.gov.cn");
		delivery(sender()).deliver(new Activation(8, "noaddress", "https://console.example.gov.cn/activate/def456",
				Instant.parse("2026-12-09T03:00:00Z")), null);

		assertThat(smtp.getReceivedMessages()).isEmpty();
		assertThat(output.getAll()).contains("Activation link for administrator account auditadmin")
			.contains("https://console.example.gov.cn/activate/abc123")
			.contains("https://console.example.gov.cn/activate/def456");
	}

	private static ActivationDelivery delivery(JavaMailSenderImpl sender) {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("identity.activation.mail.subject", Locale.SIMPLIFIED_CHINESE, "请设置登录密码");
		messages.addMessage("identity.activation.mail.text", Locale.SIMPLIFIED_CHINESE, "账号 {0}，有效期至 {1}：{2}");
		return new ActivationDelivery(sender, "govsite@example.gov.cn", messages, ZoneId.of("Asia/Shanghai"));
	}

	private static JavaMailSenderImpl sender() {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(PORT);
		sender.setDefaultEncoding("UTF-8");
		return sender;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
