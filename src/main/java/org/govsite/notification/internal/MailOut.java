package org.govsite.notification.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import org.govsite.identity.StaffDirectory;
import org.govsite.notification.NotificationKind;
import org.govsite.platform.OptionalBean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Emails a message, once the change that caused it is committed, to every recipient who wants this
 * kind by email: a username, or each holder of an authority ({@code site:12:REVIEWER}). Without a
 * mail server ({@link SmtpMail} absent) nothing is sent; a failing one is logged, never thrown back.
 */
@Component
public class MailOut {

	private static final Logger log = LoggerFactory.getLogger(MailOut.class);

	private final OptionalBean<SmtpMail> smtp;

	private final StaffDirectory staff;

	private final EmailChoices choices;

	MailOut(ObjectProvider<SmtpMail> smtp, StaffDirectory staff, EmailChoices choices) {
		this.smtp = new OptionalBean<>(smtp);
		this.staff = staff;
		this.choices = choices;
	}

	public void afterCommit(Set<String> recipients, Set<String> notFor, NotificationKind kind, String text, String link) {
		SmtpMail sender = smtp.get();
		if (sender == null || recipients.isEmpty()) {
			return;
		}
		Set<String> addresses = addresses(recipients, notFor, kind);
		if (addresses.isEmpty()) {
			return;
		}
		// on a thread of its own: a slow or unreachable mail server never holds up the request
		Runnable send = () -> Thread.ofVirtual().name("notification-mail").start(() -> {
			try {
				sender.send(addresses, text, link);
			}
			catch (RuntimeException e) {
				log.warn("Could not email the notification to {}: {}", addresses, e.getMessage());
			}
		});
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

	/** The addresses of the users behind the recipients who take this kind by email, but those it is not for. */
	Set<String> addresses(Set<String> recipients, Set<String> notFor, NotificationKind kind) {
		Set<String> users = new LinkedHashSet<>();
		for (String recipient : recipients) {
			if (recipient.contains(":") || recipient.startsWith("ROLE_")) {
				users.addAll(staff.holdersOf(recipient));
			}
			else {
				users.add(recipient);
			}
		}
		users.removeAll(notFor);
		Set<String> addresses = new java.util.TreeSet<>();
		for (String user : users) {
			if (choices.of(user).getOrDefault(kind.code(), kind.emailByDefault())) {
				staff.emailOf(user).ifPresent(addresses::add);
			}
		}
		return addresses;
	}
}
