package org.govsite.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.govsite.identity.Activation;
import org.govsite.platform.GovSiteProperties;
import org.govsite.platform.NotFound;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Activation links: handed to the requester for ordinary staff, but for the three administrators
 * delivered only to the holder (三员分立) once the change is committed: see {@link ActivationDelivery}.
 */
@Component
public class Activations {

	/** How long an activation link stays valid. */
	public static final Duration VALIDITY = Duration.ofHours(72);

	private final StaffAccountRepository accounts;

	private final AccountStore store;

	private final GovSiteProperties properties;

	private final ObjectProvider<JavaMailSender> mail;

	private final String mailFrom;

	private final MessageSource messages;

	private final Clock clock;

	Activations(StaffAccountRepository accounts, AccountStore store, GovSiteProperties properties,
			ObjectProvider<JavaMailSender> mail, @Value("${govsite.notification.mail-from:govsite@localhost}") String mailFrom,
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
		ActivationDelivery delivery = new ActivationDelivery(mail.getIfAvailable(), mailFrom, messages, clock.getZone());
		Runnable deliver = () -> delivery.deliver(activation, email);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					deliver.run();
				}
			});
		}
		else {
			deliver.run();
		}
	}

}
