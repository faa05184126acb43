package org.govsite.content.internal;

import java.util.Set;

import org.govsite.content.NotificationMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Hands messages to the {@link NotificationMail} port, if one exists, once the change is committed. */
@Component
class MailOut {

	private static final Logger log = LoggerFactory.getLogger(MailOut.class);

	private final ObjectProvider<NotificationMail> mail;

	MailOut(ObjectProvider<NotificationMail> mail) {
		this.mail = mail;
	}

	void afterCommit(Set<String> recipients, String text, String link) {
		NotificationMail sender = mail.getIfAvailable();
		if (sender == null || recipients.isEmpty()) {
			return;
		}
		Runnable send = () -> {
			try {
				sender.send(recipients, text, link);
			}
			catch (RuntimeException e) {
				log.warn("Could not email the notification to {}: {}", recipients, e.getMessage());
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
}
