package org.govsite.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.govsite.notification.internal.EmailChoices;
import org.govsite.notification.internal.Inbox;
import org.govsite.notification.internal.MailOut;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff messages for every module. {@link #notify} leaves a message in the inbox of each recipient
 * (a username, or everyone holding an authority such as {@code site:12:REVIEWER}) and, after the
 * commit, emails it to those who take that kind by email. The rest reads and marks the signed-in
 * user's own inbox: no one reads another's messages.
 */
@Service
@Transactional
public class Notifications {

	private final Inbox inbox;

	private final EmailChoices choices;

	private final MailOut mail;

	private final List<NotificationKind> kinds;

	private final Clock clock;

	Notifications(Inbox inbox, EmailChoices choices, MailOut mail, List<NotificationKind> kinds,
			List<NotificationKinds> moduleKinds, Clock clock) {
		this.inbox = inbox;
		this.choices = choices;
		this.mail = mail;
		Map<String, NotificationKind> byCode = new java.util.TreeMap<>();
		kinds.forEach(kind -> byCode.put(kind.code(), kind));
		moduleKinds.forEach(module -> module.kinds().forEach(kind -> byCode.put(kind.code(), kind)));
		this.kinds = List.copyOf(byCode.values());
		this.clock = clock;
	}

	/**
	 * Tells the recipients: a message in their inbox, and an email for those who take this kind by
	 * email once the current transaction commits.
	 *
	 * @param recipients usernames or authorities ({@code site:12:REVIEWER}, {@code ROLE_SECURITY_ADMIN})
	 * @param kind what the message is about
	 * @param subject the message, ready to show
	 * @param link where it leads, under {@code /admin}
	 */
	public void notify(Collection<String> recipients, NotificationKind kind, String subject, String link) {
		notify(recipients, Set.of(), kind, subject, link);
	}

	/**
	 * The same, hidden from the users named in {@code notFor} although they hold a role it is sent
	 * to, and not emailed to them: work they may not do (a review level after the one they passed, a
	 * review of their own document) is not shown to them as theirs.
	 */
	public void notify(Collection<String> recipients, Collection<String> notFor, NotificationKind kind, String subject,
			String link) {
		Set<String> unique = new TreeSet<>(recipients);
		unique.removeAll(notFor);
		Set<String> hidden = new TreeSet<>(notFor);
		inbox.leave(unique, hidden, kind.code(), subject, link, clock.instant());
		mail.afterCommit(unique, hidden, kind, subject, link);
	}

	/** The signed-in user's newest messages (to them, or to a role they hold). */
	@Transactional(readOnly = true)
	public List<Notification> mine(int limit) {
		return inbox.newest(username(), authorities(), Math.max(1, Math.min(limit, 500)));
	}

	@Transactional(readOnly = true)
	public int unread() {
		return signedIn() ? inbox.unread(username(), authorities()) : 0;
	}

	/** Marks the message read and answers where it leads; empty when it is not the user's. */
	public Optional<String> open(long id) {
		return inbox.markRead(id, username(), authorities(), clock.instant());
	}

	public void markAllRead() {
		inbox.markAllRead(username(), authorities(), clock.instant());
	}

	/** The kind of that code, if a module declares it. */
	public java.util.Optional<NotificationKind> kind(String code) {
		return kinds.stream().filter(kind -> kind.code().equals(code)).findFirst();
	}

	/** Every kind of message on the platform, with whether the signed-in user takes it by email. */
	@Transactional(readOnly = true)
	public List<KindPreference> preferences() {
		Map<String, Boolean> chosen = choices.of(username());
		return kinds.stream()
			.sorted(Comparator.comparing(NotificationKind::code))
			.map(kind -> new KindPreference(kind, chosen.getOrDefault(kind.code(), kind.emailByDefault())))
			.toList();
	}

	/** The signed-in user's choice of the kinds that also come by email; kinds not named are taken by email no more. */
	public void chooseEmail(Set<String> emailedKinds) {
		String me = username();
		for (NotificationKind kind : kinds) {
			choices.choose(me, kind.code(), emailedKinds.contains(kind.code()));
		}
	}

	private static boolean signedIn() {
		return SecurityContextHolder.getContext().getAuthentication() != null;
	}

	private static String username() {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		return Objects.requireNonNull(user, "signed in").getName();
	}

	private static List<String> authorities() {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		return user == null ? List.of()
				: user.getAuthorities().stream().map(granted -> String.valueOf(granted.getAuthority())).toList();
	}
}
