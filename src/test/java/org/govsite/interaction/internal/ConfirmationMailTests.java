package org.govsite.interaction.internal;

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
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A survey response's confirmation link reaches the address given, by a real SMTP server
 * (GreenMail, in this process, on loopback), once the response is committed and not before.
 */
class ConfirmationMailTests {

	static final int PORT = freePort();

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	static final String LINK = "https://www.example.gov.cn/letters/surveys/confirm?token=abc";

	@Test
	void theLinkIsMailedToTheAddressWithTheSurveysTitle() throws Exception {
		mail().send("citizen@example.cn", "公共交通满意度调查", LINK);

		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("citizen@example.cn");
		assertThat(received[0].getSubject()).isEqualTo("请确认您对“公共交通满意度调查”的答卷");
		assertThat(received[0].getContent().toString()).contains(LINK).contains("每人限答一次");
	}

	@Test
	void withinATransactionTheMailWaitsForTheCommit() {
		TransactionSynchronizationManager.initSynchronization();
		try {
			mail().send("citizen@example.cn", "公共交通满意度调查", LINK);
			assertThat(smtp.getReceivedMessages()).as("nothing before the commit").isEmpty();
			TransactionSynchronizationUtils.invokeAfterCommit(TransactionSynchronizationManager.getSynchronizations());
		}
		finally {
			TransactionSynchronizationManager.clearSynchronization();
		}
		assertThat(smtp.getReceivedMessages()).hasSize(1);
	}

	private static ConfirmationMail mail() {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(PORT);
		sender.setDefaultEncoding("UTF-8");
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/participation");
		messages.setDefaultEncoding("UTF-8");
		return new ConfirmationMail(new StaticListableBeanFactory(Map.of("mail", sender)).getBeanProvider(JavaMailSender.class),
				"govsite@example.gov.cn", messages);
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
