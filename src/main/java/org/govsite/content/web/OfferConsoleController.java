package org.govsite.content.web;

import java.time.LocalDate;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.govsite.audit.Audited;
import org.govsite.channel.ChannelDirectory;
import org.govsite.channel.ChannelView;
import org.govsite.content.ContentCatalog;
import org.govsite.content.OfferState;
import org.govsite.content.OfferStatistics;
import org.govsite.content.OfferView;
import org.govsite.content.Placements;
import org.govsite.identity.StaffAccess;
import org.govsite.identity.StaffRole;
import org.govsite.platform.BackOffice;
import org.govsite.site.SiteDirectory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 报送采用: the portal's editors see what department sites offer, accept it into a portal channel
 * or decline it with a reason; its reviewers sign off acceptances into channels with their own
 * review; the department editors follow their offers; and the yearly counts per site.
 */
@Controller
@BackOffice
class OfferConsoleController {

	private final Placements placements;

	private final ContentCatalog catalog;

	private final SiteDirectory sites;

	private final ChannelDirectory channels;

	private final StaffAccess staff;

	private final MessageSource messages;

	private final Clock clock;

	OfferConsoleController(Placements placements, ContentCatalog catalog, SiteDirectory sites,
			ChannelDirectory channels, StaffAccess staff, MessageSource messages, Clock clock) {
		this.placements = placements;
		this.catalog = catalog;
		this.sites = sites;
		this.channels = channels;
		this.staff = staff;
		this.messages = messages;
		this.clock = clock;
	}

	@InitBinder("declineForm")
	void declineFields(WebDataBinder binder) {
		binder.setAllowedFields("reason");
	}

	@GetMapping("/admin/offers")
	String list(Model model) {
		List<OfferView> waiting = placements.offersWaitingForMe();
		List<OfferView> mine = placements.offersOfMySites(100);
		model.addAttribute("waiting", waiting);
		model.addAttribute("mine", mine);
		model.addAttribute("siteNames", siteNames());
		model.addAttribute("channelNames", channelNames(mine));
		return "content/offers";
	}

	@GetMapping("/admin/offers/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("declineForm", new DeclineForm());
		return page(id, model);
	}

	@PostMapping("/admin/offers/{id}/accept")
	@Audited(value = "content.acceptOffer", objectType = "offer")
	String accept(@PathVariable long id, @RequestParam long channelId, RedirectAttributes redirect) {
		placements.acceptOffer(id, channelId);
		boolean review = placements.offerView(id).state() == OfferState.AWAITING_REVIEW;
		return done(id, review ? "content.done.offerAwaitingReview" : "content.done.offerAccepted", redirect);
	}

	@PostMapping("/admin/offers/{id}/approve")
	@Audited(value = "content.approveOffer", objectType = "offer")
	String approve(@PathVariable long id, RedirectAttributes redirect) {
		placements.approveOffer(id);
		return done(id, "content.done.offerApproved", redirect);
	}

	@PostMapping("/admin/offers/{id}/decline")
	@Audited(value = "content.declineOffer", objectType = "offer")
	String decline(@PathVariable long id, @Valid @ModelAttribute("declineForm") DeclineForm declineForm,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return page(id, model);
		}
		placements.declineOffer(id, declineForm.getReason());
		return done(id, "content.done.offerDeclined", redirect);
	}

	@GetMapping("/admin/offers/statistics")
	String statistics(@RequestParam(required = false) @Nullable Integer year, Model model) {
		int shown = year == null ? LocalDate.now(clock).getYear() : year;
		List<OfferStatistics> rows = placements.offerStatistics(shown);
		model.addAttribute("year", shown);
		model.addAttribute("rows", rows);
		model.addAttribute("siteNames", siteNames());
		model.addAttribute("totalOffered", rows.stream().mapToInt(OfferStatistics::offered).sum());
		model.addAttribute("totalAccepted", rows.stream().mapToInt(OfferStatistics::accepted).sum());
		return "content/offer-statistics";
	}

	private String page(long id, Model model) {
		OfferView offer = placements.offerView(id);
		model.addAttribute("offer", offer);
		var document = catalog.published(offer.documentId()).or(() -> catalog.draft(offer.documentId())).orElse(null);
		model.addAttribute("document", document);
		// the stored body is sanitized; its pictures show through the console like in the editor
		model.addAttribute("previewBody", document == null ? "" : DocumentForm.toEditor(document.body()));
		model.addAttribute("siteNames", siteNames());
		model.addAttribute("channelNames", channelNames(List.of(offer)));
		model.addAttribute("mayDecide", offer.state() == OfferState.OFFERED && staff.hasSiteRole(offer.toSiteId(), StaffRole.EDITOR));
		model.addAttribute("mayReview", offer.state() == OfferState.AWAITING_REVIEW && staff.hasChannelRole(offer.toSiteId(),
				offer.channelId() == null ? 0 : offer.channelId(), StaffRole.REVIEWER));
		model.addAttribute("portalChannels", channels.ofSite(offer.toSiteId()).stream()
			.filter(ChannelView::acceptsContent)
			.filter(channel -> staff.hasChannelRole(offer.toSiteId(), channel.id(), StaffRole.EDITOR))
			.toList());
		return "content/offer";
	}

	private Map<Long, String> siteNames() {
		Map<Long, String> names = new LinkedHashMap<>();
		sites.all().forEach(site -> names.put(site.id(), site.name()));
		return names;
	}

	private Map<Long, String> channelNames(List<OfferView> offers) {
		Map<Long, String> names = new LinkedHashMap<>();
		offers.stream().map(OfferView::channelId).filter(java.util.Objects::nonNull)
			.forEach(channelId -> channels.find(channelId).ifPresent(channel -> names.put(channel.id(), channel.name())));
		return names;
	}

	private String done(long id, String key, RedirectAttributes redirect) {
		redirect.addFlashAttribute("successMessage", messages.getMessage(key, null, LocaleContextHolder.getLocale()));
		return "redirect:/admin/offers/" + id;
	}

	/** Why the portal does not take the offer. */
	static class DeclineForm {

		@NotBlank
		@Size(max = 500)
		private String reason = "";

		public String getReason() { return reason; }
		public void setReason(String reason) { this.reason = reason; }
	}
}
