package org.govsite.interaction.web;

import java.time.Clock;

import org.govsite.interaction.Subscriptions;
import org.govsite.platform.BackOffice;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 订阅 in the console, for the sites the user handles letters for: how many addresses subscribe to
 * each (and how many have not confirmed yet), and a site's newest subscribers with their addresses
 * masked. It changes nothing: subscribers come and go by their own links.
 */
@Controller
@BackOffice
@RequestMapping("/admin/participation/subscriptions")
class SubscriptionConsoleController {

	static final int SHOWN = 100;

	private final Subscriptions subscriptions;

	private final Clock clock;

	SubscriptionConsoleController(Subscriptions subscriptions, Clock clock) {
		this.subscriptions = subscriptions;
		this.clock = clock;
	}

	@GetMapping
	String counts(@RequestParam(required = false) @Nullable Long site, Model model) {
		model.addAttribute("counts", subscriptions.counts());
		model.addAttribute("zone", clock.getZone());
		if (site != null) {
			model.addAttribute("site", site);
			model.addAttribute("subscribers", subscriptions.subscribers(site, SHOWN));
		}
		return "interaction/console-subscriptions";
	}
}
