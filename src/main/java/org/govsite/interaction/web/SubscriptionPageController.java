package org.govsite.interaction.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.govsite.interaction.NewSubscription;
import org.govsite.interaction.ParticipationRefused;
import org.govsite.interaction.SubscriptionFrequency;
import org.govsite.interaction.SubscriptionView;
import org.govsite.interaction.Subscriptions;
import org.govsite.site.SiteSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * 订阅 on the public role, linked from every page's footer: the form of a site (an email address,
 * channels or the whole site, keywords, at once or daily), the confirmation by the emailed link,
 * and unsubscribing by the link of any email, in one click and without signing in. A signed-in
 * citizen subscribes with the account's verified email, live at once, and ends a subscription from 我的.
 */
@Controller
class SubscriptionPageController {

	private final Subscriptions subscriptions;

	private final ParticipationGuard guard;

	SubscriptionPageController(Subscriptions subscriptions, ParticipationGuard guard) {
		this.subscriptions = subscriptions;
		this.guard = guard;
	}

	@GetMapping("/subscribe")
	String form(@RequestParam(required = false) @Nullable String site, Model model) {
		show(site, model);
		model.addAttribute("chosen", Set.of());
		model.addAttribute("frequency", SubscriptionFrequency.IMMEDIATE.name());
		return "interaction/subscribe";
	}

	@PostMapping("/subscribe")
	String subscribe(@RequestParam(required = false) @Nullable String site, @RequestParam(required = false) @Nullable String email,
			@RequestParam(name = "channel", required = false) @Nullable List<String> channels,
			@RequestParam(required = false) @Nullable String keywords, @RequestParam(required = false) @Nullable String frequency,
			@RequestParam(required = false) @Nullable String challenge, @RequestParam(required = false) @Nullable String solution,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		show(site, model);
		Set<Long> chosen = new LinkedHashSet<>();
		try {
			guard.passSubscription(request, challenge, solution);
			for (String channel : channels == null ? List.<String>of() : channels) {
				chosen.add(number(channel));
			}
			boolean live = subscriptions.subscribe(site, new NewSubscription(email, chosen, keywords, frequency(frequency)),
					ServletUriComponentsBuilder.fromContextPath(request).path("/subscribe/confirm").build().toUriString()
							+ "?token=");
			model.addAttribute(live ? "live" : "sent", true);
		}
		catch (ParticipationRefused refused) {
			response.setStatus(refused.status());
			model.addAttribute("error", guard.text(refused));
		}
		model.addAttribute("email", email);
		model.addAttribute("chosen", chosen);
		model.addAttribute("keywords", keywords);
		model.addAttribute("frequency", frequency);
		return "interaction/subscribe";
	}

	@GetMapping("/subscribe/confirm")
	String confirm(@RequestParam(required = false) @Nullable String token, Model model) {
		model.addAttribute("subscription", subscriptions.confirm(token));
		return "interaction/subscribe-confirmed";
	}

	/** The link in every email: one click ends the subscription, and the page says so. */
	@GetMapping("/subscribe/unsubscribe")
	String unsubscribe(@RequestParam(required = false) @Nullable String token, Model model) {
		Optional<SubscriptionView> ended = subscriptions.unsubscribe(token);
		model.addAttribute("subscription", ended.orElse(null));
		return "interaction/unsubscribed";
	}

	/** The button beside each subscription on 我的 (the citizens' filter chain: signed in, CSRF checked). */
	@PostMapping("/my/subscriptions/{id}/end")
	String end(@PathVariable long id) {
		subscriptions.endForCitizen(id);
		return "redirect:/my?ended=1";
	}

	private void show(@Nullable String siteCode, Model model) {
		SiteSummary site = subscriptions.site(siteCode).orElseThrow(() -> new ParticipationRefused(404, "subscription.site"));
		model.addAttribute("site", site);
		model.addAttribute("channels", subscriptions.channels(site.id()));
		model.addAttribute("challenge", guard.challenge());
		model.addAttribute("account", subscriptions.citizenEmail().orElse(null));
	}

	private static @Nullable SubscriptionFrequency frequency(@Nullable String value) {
		for (SubscriptionFrequency frequency : SubscriptionFrequency.values()) {
			if (frequency.name().equals(value)) {
				return frequency;
			}
		}
		return null;
	}

	private static long number(String value) {
		if (!value.matches("[0-9]{1,18}")) {
			throw new ParticipationRefused(400, "subscription.channel");
		}
		return Long.parseLong(value);
	}

	@ExceptionHandler
	String refused(ParticipationRefused refused, HttpServletResponse response, Model model) {
		response.setStatus(refused.status());
		model.addAttribute("error", guard.text(refused));
		return "interaction/missing";
	}
}
