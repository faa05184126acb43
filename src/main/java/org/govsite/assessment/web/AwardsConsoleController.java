package org.govsite.assessment.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.stream.Collectors;

import org.govsite.assessment.BonusPoint;
import org.govsite.assessment.SelfAssessment;
import org.govsite.audit.Audited;
import org.govsite.platform.NotFound;
import org.govsite.platform.RuleViolation;
import org.govsite.platform.BackOffice;
import org.govsite.site.NewMediaAccountView;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteManagement;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The supervising office's entries of a site's score: awards of bonus points (加分) and the readings
 * of its 政务新媒体 accounts (读网), each with what is recorded so far. A refused entry comes back
 * with its input and the reason in Chinese.
 */
@Controller
@BackOffice
class AwardsConsoleController {

	private final SelfAssessment assessment;

	private final SiteDirectory sites;

	private final SiteManagement siteManagement;

	private final MessageSource messages;

	AwardsConsoleController(SelfAssessment assessment, SiteDirectory sites, SiteManagement siteManagement,
			MessageSource messages) {
		this.assessment = assessment;
		this.sites = sites;
		this.siteManagement = siteManagement;
		this.messages = messages;
	}

	/** An award as typed: the units stay text so that a refused entry shows what was typed. */
	record AwardForm(@Nullable String bonusCode, @Nullable String units, @Nullable String note) {

		static AwardForm empty() {
			return new AwardForm(null, "1", null);
		}
	}

	/**
	 * A reading as typed; an empty date means the account has never posted, an unchecked box
	 * (sent as nothing) that interaction is closed.
	 */
	record ReadingForm(@Nullable Long accountId, @Nullable String lastUpdateOn, @Nullable Boolean interactionOpen) {

		public boolean open() {
			return Boolean.TRUE.equals(interactionOpen);
		}

		static ReadingForm empty() {
			return new ReadingForm(null, null, true);
		}
	}

	@GetMapping("/admin/assessment/sites/{siteId}/entries")
	String entries(@PathVariable long siteId, Model model) {
		return page(siteId, model, AwardForm.empty(), ReadingForm.empty(), null);
	}

	@PostMapping("/admin/assessment/sites/{siteId}/awards")
	@Audited(value = "assessment.award", objectType = "site", objectIdParameter = "siteId")
	String award(@PathVariable long siteId, @ModelAttribute AwardForm award, Model model, RedirectAttributes redirect) {
		try {
			assessment.award(siteId, text(award.bonusCode()), units(award.units()), text(award.note()));
		}
		catch (RuleViolation refused) {
			return page(siteId, model, award, ReadingForm.empty(), refused);
		}
		redirect.addFlashAttribute("successMessage", message("assessment.entries.awarded"));
		return "redirect:/admin/assessment/sites/" + siteId + "/entries";
	}

	@PostMapping("/admin/assessment/sites/{siteId}/new-media")
	@Audited(value = "assessment.newMedia.judge", objectType = "site", objectIdParameter = "siteId")
	String judge(@PathVariable long siteId, @ModelAttribute ReadingForm reading, Model model, RedirectAttributes redirect) {
		try {
			if (reading.accountId() == null) {
				throw new RuleViolation("assessment.newMedia.noAccount");
			}
			var judgement = assessment.judgeNewMedia(siteId, reading.accountId(), day(reading.lastUpdateOn()),
					reading.open());
			redirect.addFlashAttribute("successMessage",
					message("assessment.entries.judged." + judgement.verdict().code()));
		}
		catch (RuleViolation refused) {
			return page(siteId, model, AwardForm.empty(), reading, refused);
		}
		return "redirect:/admin/assessment/sites/" + siteId + "/entries";
	}

	private String page(long siteId, Model model, AwardForm award, ReadingForm reading, @Nullable RuleViolation refused) {
		model.addAttribute("site", sites.find(siteId).orElseThrow(() -> new NotFound("site", siteId)));
		Map<Long, NewMediaAccountView> accounts = siteManagement.newMediaAccounts(siteId).stream()
			.collect(Collectors.toMap(NewMediaAccountView::id, account -> account, (a, b) -> a,
					java.util.LinkedHashMap::new));
		var bonuses = assessment.checklist().bonuses();
		model.addAttribute("bonuses", bonuses);
		// an award names its point by code; a point since removed from the checklist shows its code
		model.addAttribute("bonusLabels", bonuses.stream().collect(Collectors.toMap(BonusPoint::code, BonusPoint::label)));
		model.addAttribute("awards", assessment.awards(siteId));
		model.addAttribute("accounts", accounts);
		model.addAttribute("judgements", assessment.newMediaJudgements(siteId));
		model.addAttribute("awardForm", award);
		model.addAttribute("readingForm", reading);
		if (refused != null) {
			model.addAttribute("errorMessage",
					messages.getMessage(refused.code(), refused.arguments(), LocaleContextHolder.getLocale()));
		}
		return "assessment/entries";
	}

	private static String text(@Nullable String typed) {
		return typed == null ? "" : typed;
	}

	private static BigDecimal units(@Nullable String typed) {
		try {
			return new BigDecimal(text(typed).strip());
		}
		catch (NumberFormatException e) {
			throw new RuleViolation("assessment.award.invalid");
		}
	}

	private static @Nullable LocalDate day(@Nullable String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(typed.strip());
		}
		catch (DateTimeParseException e) {
			throw new RuleViolation("assessment.newMedia.date");
		}
	}

	private String message(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}
}
