package org.govsite.identity.internal;

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
 * Emails a new citizen account's verification link, once the account is committed, through the
 * same SMTP server (and sender) as the staff's notifications. Without a mail server
 * ({@code spring.mail.host} unset) the link goes to the server log, for a test installation.
 */
@Component
public class CitizenMail {

	private static final Logger log = LoggerFactory.getLogger(CitizenMail.class);

	private final ObjectProvider<JavaMailSender> sender;

	private final String from;

	private final MessageSource messages;

	CitizenMail(ObjectProvider<JavaMailSender> sender, @Value("${govsite.notification.mail-from:govsite@localhost}") String from,
			MessageSource messages) {
		this.sender = sender;
		this.from = from;
		this.messages = messages;
	}

	public void verification(String to, String link) {
		Runnable send = () -> {
			JavaMailSender mail = sender.getIfAvailable();
			if (mail == null) {
				log.warn("No mail server (spring.mail.host): the verification link of a new citizen account is {}", link);
				return;
			}
			try {
				mail.send(message(to, link));
			}
			catch (MailException e) {
				log.warn("Could not email a citizen account's verification link: {}", e.getMessage());
			}
		};
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					send.run();
				}
			});
		}
		else {
			send.run();
		}
	}

	SimpleMailMessage message(String to, String link) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(to);
		message.setSubject(messages.getMessage("identity.citizen.mail.subject", null, Locale.SIMPLIFIED_CHINESE));
		message.setText(messages.getMessage("identity.citizen.mail.body", new Object[] { link }, Locale.SIMPLIFIED_CHINESE));
		return message;
	}
}
