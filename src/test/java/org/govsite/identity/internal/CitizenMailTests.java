package org.govsite.identity.internal;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/** A new citizen account's verification link reaches its address by a real SMTP server (GreenMail, on loopback). */
class CitizenMailTests {

	static final int PORT = freePort();

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	@Test
	void theVerificationLinkIsMailedInChinese() throws Exception {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(PORT);
		sender.setDefaultEncoding("UTF-8");
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/identity");
		messages.setDefaultEncoding("UTF-8");
		CitizenMail mail = new CitizenMail(new StaticListableBeanFactory(Map.of("mail", sender)).getBeanProvider(JavaMailSender.class),
				"govsite@example.gov.cn", messages);

		mail.verification("zhang@example.cn", "https://www.example.gov.cn/citizen/verify?token=abc");

		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("zhang@example.cn");
		assertThat(received[0].getSubject()).isEqualTo("请验证您的公众账号邮箱");
		assertThat(received[0].getContent().toString()).contains("https://www.example.gov.cn/citizen/verify?token=abc")
			.contains("24 小时");
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
