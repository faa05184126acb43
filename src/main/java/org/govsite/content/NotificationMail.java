package org.govsite.content;

import java.util.Set;

/**
 * Port for sending the inbox's messages by email too. The library leaves a message for a user
 * (username) or for everyone holding an authority ({@code site:12:REVIEWER}); an implementation
 * knows the staff's addresses and the mail server. Called after the change is committed; a failure
 * is logged, never thrown back. With no implementation, messages stay in the console inbox.
 */
public interface NotificationMail {

	void send(Set<String> recipients, String text, String link);
}
