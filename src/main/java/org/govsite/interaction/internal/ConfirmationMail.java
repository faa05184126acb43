package org.govsite.interaction.internal;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The link that confirms a citizen's email address, by the platform's SMTP server
 * ({@code spring.mail.host}, sender {@code govsite.notification.mail-from}), sent once the response
 * it confirms is committed. Without a mail server the link goes to the log only (the address itself
 * does not): such a platform cannot take surveys from the public, and the log says why.
 */
@Component
public class ConfirmationMail {

	private static final Logger log = LoggerFactory.getLogger(ConfirmationMail.class);

	private final ObjectProvider<JavaMailSender> sender;

	private final String from;

	private final MessageSource messages;

	ConfirmationMail(ObjectProvider<JavaMailSender> sender,
			@Value("${govsite.notification.mail-from:govsite@localhost}") String from, MessageSource messages) {
		this.sender = sender;
		this.from = from;
		this.messages = messages;
	}

	public void send(String email, String title, String link) {
		Runnable mail = () -> deliver(email, title, link);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					mail.run();
				}
			});
		}
		else {
			mail.run();
		}
	}

	private void deliver(String email, String title, String link) {
		JavaMailSender mail = sender.getIfAvailable();
		if (mail == null) {
			log.warn("No mail server (spring.mail.host): the confirmation link of a survey response was not sent: {}", link);
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(email);
		message.setSubject(messages.getMessage("participation.survey.mail.subject", new Object[] { title }, Locale.SIMPLIFIED_CHINESE));
		message.setText(messages.getMessage("participation.survey.mail.text", new Object[] { title, link }, Locale.SIMPLIFIED_CHINESE));
		try {
			mail.send(message);
		}
		catch (MailException e) {
			log.warn("Could not send the confirmation link of a survey response", e);
		}
	}
}
