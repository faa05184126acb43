package org.govsite.interaction.internal;

import java.util.List;
import java.util.Locale;

import org.govsite.identity.CitizenItem;
import org.govsite.identity.CitizenRecords;
import org.govsite.interaction.SubscriptionView;
import org.govsite.interaction.Subscriptions;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The subscriptions of citizen accounts (identity's 公众账号) on their 我的 page, each with the button
 * that ends it. Nothing to claim: a subscription's address is kept under a digest of its own, and
 * subscribing again while signed in takes the address's subscription to the site over.
 */
@Component
class CitizenSubscriptions implements CitizenRecords {

	private final Subscriptions subscriptions;

	private final SubscriptionMails mails;

	private final MessageSource messages;

	CitizenSubscriptions(Subscriptions subscriptions, SubscriptionMails mails, MessageSource messages) {
		this.subscriptions = subscriptions;
		this.mails = mails;
		this.messages = messages;
	}

	@Override
	public List<CitizenItem> of(long citizenId) {
		return subscriptions.ofCitizen(citizenId).stream().filter(subscription -> subscription.confirmedAt() != null)
			.map(this::item).toList();
	}

	@Override
	public int claim(long citizenId, String emailDigest) {
		return 0;
	}

	@SuppressWarnings("NullAway") // only confirmed subscriptions are listed
	private CitizenItem item(SubscriptionView subscription) {
		String state = messages.getMessage("subscription.frequency." + subscription.frequency(), null, Locale.SIMPLIFIED_CHINESE)
				+ "至 " + subscription.maskedEmail();
		return new CitizenItem("订阅", subscription.siteName() + "：" + mails.scope(subscription.channels(), subscription.keywords()),
				state, subscription.confirmedAt(), null,
				new CitizenItem.Action("/my/subscriptions/" + subscription.id() + "/end", "退订"));
	}
}
