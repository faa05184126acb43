package org.govsite.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.govsite.identity.Activation;
import org.govsite.platform.GovSiteProperties;
import org.govsite.platform.NotFound;
import org.jspecify.annotations.Nullable;
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
 * Activation links: handed to the requester for ordinary staff, but for the three administrators
 * delivered only to the holder (三员分立), by email where SMTP is set up and the account has an
 * address, otherwise in the server log for the installation's operator to hand over in person.
 */
@Component
public class Activations {

	/** How long an activation link stays valid. */
	public static final Duration VALIDITY = Duration.ofHours(72);

	private static final Logger log = LoggerFactory.getLogger(Activations.class);

	private final StaffAccountRepository accounts;

	private final AccountStore store;

	private final GovSiteProperties properties;

	private final ObjectProvider<JavaMailSender> mail;

	private final String mailFrom;

	private final MessageSource messages;

	private final Clock clock;

	Activations(StaffAccountRepository accounts, AccountStore store, GovSiteProperties properties,
			ObjectProvider<JavaMailSender> mail, @Value("${govsite.content.mail-from:govsite@localhost}") String mailFrom,
			MessageSource messages, Clock clock) {
		this.messages = messages;
		this.accounts = accounts;
		this.store = store;
		this.properties = properties;
		this.mail = mail;
		this.mailFrom = mailFrom;
		this.clock = clock;
	}

	/** A new link for the account, for whoever asked to see it. */
	public Activation issue(long accountId) {
		StaffAccount account = accounts.findById(accountId).orElseThrow(() -> new NotFound("account", accountId));
		Instant expires = clock.instant().plus(VALIDITY);
		String token = store.newActivation(accountId, expires);
		String link = properties.consoleUrl().replaceAll("/+$", "") + "/activate/" + token;
		return new Activation(accountId, account.username, link, expires);
	}

	/** A new link delivered to the account's holder only, once the current transaction commits. */
	public void deliverToHolder(long accountId) {
		Activation activation = issue(accountId);
		@Nullable String email = accounts.findById(accountId).map(account -> account.email).orElse(null);
		Runnable delivery = () -> deliver(activation, email);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					delivery.run();
				}
			});
		}
		else {
			delivery.run();
		}
	}

	private void deliver(Activation activation, @Nullable String email) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender != null && email != null) {
			try {
				sender.send(mail(activation, email));
				log.info("Activation link for administrator account {} sent to its own email address", activation.username());
				return;
			}
			catch (MailException e) {
				log.warn("Could not email the activation link of {}; it follows for the operator", activation.username(), e);
			}
		}
		log.warn("Activation link for administrator account {} (hand it to its holder in person, valid until {}): {}",
				activation.username(), DateTimeFormatter.ISO_INSTANT.format(activation.expiresAt()), activation.link());
	}

	private SimpleMailMessage mail(Activation activation, String email) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(mailFrom);
		message.setTo(email);
		message.setSubject(messages.getMessage("identity.activation.mail.subject", null, Locale.SIMPLIFIED_CHINESE));
		message.setText(messages.getMessage("identity.activation.mail.text", new Object[] { activation.username(),
				activation.expiresAt().atZone(clock.getZone()).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
				activation.link() }, Locale.SIMPLIFIED_CHINESE));
		return message;
	}
}
