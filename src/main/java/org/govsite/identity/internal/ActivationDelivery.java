package org.govsite.identity.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.govsite.identity.Activation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Hands an administrator's activation link to its holder alone: by email to the account's own
 * address where SMTP is set up, else (or when the mail server fails) in the server log, for the
 * installation's operator to hand over in person. Never to whoever asked for it.
 */
final class ActivationDelivery {

	private static final Logger log = LoggerFactory.getLogger(ActivationDelivery.class);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final @Nullable JavaMailSender sender;

	private final String from;

	private final MessageSource messages;

	private final ZoneId zone;

	ActivationDelivery(@Nullable JavaMailSender sender, String from, MessageSource messages, ZoneId zone) {
		this.sender = sender;
		this.from = from;
		this.messages = messages;
		this.zone = zone;
	}

	void deliver(Activation activation, @Nullable String email) {
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
				activation.username(), TIME.format(activation.expiresAt().atZone(zone)), activation.link());
	}

	SimpleMailMessage mail(Activation activation, String email) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(email);
		message.setSubject(messages.getMessage("identity.activation.mail.subject", null, Locale.SIMPLIFIED_CHINESE));
		message.setText(messages.getMessage("identity.activation.mail.text", new Object[] { activation.username(),
				TIME.format(activation.expiresAt().atZone(zone)), activation.link() }, Locale.SIMPLIFIED_CHINESE));
		return message;
	}
}
