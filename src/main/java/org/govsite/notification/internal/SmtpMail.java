package org.govsite.notification.internal;

import java.util.Locale;
import java.util.Set;

import org.govsite.platform.GovSiteProperties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Notification email by SMTP, present only where {@code spring.mail.host} is set: one email per
 * address, with the message and a link into the console.
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
public class SmtpMail {

	private final JavaMailSender sender;

	private final NotificationProperties settings;

	private final GovSiteProperties platform;

	private final MessageSource messages;

	SmtpMail(JavaMailSender sender, NotificationProperties settings, GovSiteProperties platform, MessageSource messages) {
		this.sender = sender;
		this.settings = settings;
		this.platform = platform;
		this.messages = messages;
	}

	public void send(Set<String> addresses, String text, String link) {
		sender.send(addresses.stream().map(address -> message(address, text, link)).toArray(SimpleMailMessage[]::new));
	}

	/** One email: the message as subject (shortened) and text, and where to see it in the console. */
	SimpleMailMessage message(String to, String text, String link) {
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(settings.mailFrom());
		mail.setTo(to);
		String subject = text.length() > 60 ? text.substring(0, 59) + "…" : text;
		mail.setSubject(messages.getMessage("notification.mail.subject", new Object[] { subject }, Locale.SIMPLIFIED_CHINESE));
		String url = platform.consoleUrl().replaceAll("/+$", "") + link;
		mail.setText(messages.getMessage("notification.mail.body", new Object[] { text, url }, Locale.SIMPLIFIED_CHINESE));
		return mail;
	}
}
