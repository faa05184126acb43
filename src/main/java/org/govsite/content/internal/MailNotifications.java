package org.govsite.content.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.govsite.content.NotificationMail;
import org.govsite.identity.StaffDirectory;
import org.govsite.platform.GovSiteProperties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * {@link NotificationMail} by SMTP, present only where {@code spring.mail.host} is set: each
 * recipient of an inbox message (a username, or an authority such as {@code site:12:REVIEWER},
 * whose holders identity's {@link StaffDirectory} knows) gets one email of their own, with the
 * message and a link into the console. {@link MailOut} calls it after the commit and logs a failure.
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
class MailNotifications implements NotificationMail {

	private final JavaMailSender sender;

	private final StaffDirectory staff;

	private final ContentSettings settings;

	private final GovSiteProperties platform;

	private final MessageSource messages;

	MailNotifications(JavaMailSender sender, StaffDirectory staff, ContentSettings settings, GovSiteProperties platform,
			MessageSource messages) {
		this.sender = sender;
		this.staff = staff;
		this.settings = settings;
		this.platform = platform;
		this.messages = messages;
	}

	@Override
	public void send(Set<String> recipients, String text, String link) {
		Set<String> addresses = addresses(recipients);
		if (addresses.isEmpty()) {
			return;
		}
		List<SimpleMailMessage> mails = new ArrayList<>();
		for (String address : addresses) {
			mails.add(message(address, text, link));
		}
		sender.send(mails.toArray(SimpleMailMessage[]::new));
	}

	/** A username's address, or those of an authority's holders; staff without an address get none. */
	Set<String> addresses(Set<String> recipients) {
		Set<String> addresses = new TreeSet<>();
		for (String recipient : recipients) {
			if (recipient.contains(":") || recipient.startsWith("ROLE_")) {
				addresses.addAll(staff.emailsOfRole(recipient));
			}
			else {
				staff.emailOf(recipient).ifPresent(addresses::add);
			}
		}
		return addresses;
	}

	/** One email: the message as subject (shortened) and text, and where to see it in the console. */
	SimpleMailMessage message(String to, String text, String link) {
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(settings.mailFrom());
		mail.setTo(to);
		String subject = text.length() > 60 ? text.substring(0, 59) + "…" : text;
		mail.setSubject(messages.getMessage("content.mail.subject", new Object[] { subject }, Locale.SIMPLIFIED_CHINESE));
		String url = platform.consoleUrl().replaceAll("/+$", "") + link;
		mail.setText(messages.getMessage("content.mail.body", new Object[] { text, url }, Locale.SIMPLIFIED_CHINESE));
		return mail;
	}
}
