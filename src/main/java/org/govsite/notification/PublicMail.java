package org.govsite.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.govsite.notification.internal.NotificationProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Email to members of the public, for the modules that write to them (subscriptions), from the
 * sender and SMTP server of the staff's notifications. It sends at once and throws when the server
 * fails, so that the job sending it is tried again; without a mail server ({@code spring.mail.host}
 * unset) {@link #available()} is false and nothing can be sent.
 */
@Service
public class PublicMail {

	private final ObjectProvider<JavaMailSender> sender;

	private final NotificationProperties settings;

	PublicMail(ObjectProvider<JavaMailSender> sender, NotificationProperties settings) {
		this.sender = sender;
		this.settings = settings;
	}

	public boolean available() {
		return sender.getIfAvailable() != null;
	}

	/** Sends the email now; a failing server throws a {@link org.springframework.mail.MailException}. */
	public void send(PublicEmail email) {
		JavaMailSender mail = sender.getIfAvailable();
		if (mail == null) {
			throw new MailSendException("No mail server (spring.mail.host)");
		}
		MimeMessage message = mail.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
			helper.setFrom(settings.mailFrom());
			helper.setTo(email.to());
			helper.setSubject(email.subject());
			helper.setText(email.text(), false);
			if (email.unsubscribeUrl() != null) {
				message.setHeader("List-Unsubscribe", "<" + email.unsubscribeUrl() + ">");
				message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
			}
		}
		catch (MessagingException e) {
			throw new MailSendException("Could not write the email", e);
		}
		mail.send(message);
	}
}
