package org.govsite.content.internal;

import java.util.Arrays;
import java.util.List;

import org.govsite.notification.NotificationKind;
import org.govsite.notification.NotificationKinds;

import org.springframework.stereotype.Component;

/** The library's kinds of message to staff; the text of each is {@code content.notification.<NAME>}. */
public enum Notice {

	REVIEW_WAITING, PROOFREADING_WAITING, SENT_BACK, PUBLISHED, WITHDRAWN, SECRECY_ANSWERED, OFFER_RECEIVED,
	OFFER_DECIDED, OFFER_REVIEW_WAITING, PLACEMENT_REVIEW_WAITING, CHANNEL_UPDATE_DUE;

	/**
	 * As the notification module knows it; every kind is emailed unless the user chose otherwise, and
	 * listed on the 工作台 while unread, but the reviews waiting and the channels due, which are there
	 * as work of their own (the channels as they stand now).
	 */
	public NotificationKind kind() {
		boolean listedAsWork = this == REVIEW_WAITING || this == PLACEMENT_REVIEW_WAITING || this == CHANNEL_UPDATE_DUE;
		return new NotificationKind("content." + name(), "content.notificationKind." + name(), true, !listedAsWork);
	}

	/** The library's kinds, on every user's 消息设置. */
	@Component
	static class Kinds implements NotificationKinds {

		@Override
		public List<NotificationKind> kinds() {
			return Arrays.stream(values()).map(Notice::kind).toList();
		}
	}
}
