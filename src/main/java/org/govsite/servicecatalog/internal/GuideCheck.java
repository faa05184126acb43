package org.govsite.servicecatalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.govsite.platform.RuleViolation;
import org.govsite.servicecatalog.GuideCompleteness;
import org.govsite.servicecatalog.GuideElement;
import org.govsite.servicecatalog.Material;
import org.govsite.servicecatalog.ServiceGuide;
import org.govsite.servicecatalog.ServiceThemes;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Every rule a guide must meet before it is stored, as refusals with their bundle codes: the
 * console and the API refuse on the first, the xlsx import lists them all, row by row.
 */
@Component
public class GuideCheck {

	static final int CODE_LENGTH = 64;

	private final ServiceItemStore store;

	private final MessageSource messages;

	GuideCheck(ServiceItemStore store, MessageSource messages) {
		this.store = store;
		this.messages = messages;
	}

	public List<RuleViolation> problems(long siteId, ServiceGuide guide) {
		List<RuleViolation> problems = new ArrayList<>();
		if (guide.code().isBlank() || guide.code().length() > CODE_LENGTH || !guide.code().matches("[0-9A-Za-z_.-]+")) {
			problems.add(new RuleViolation("servicecatalog.guide.code", guide.code()));
		}
		if (!ServiceThemes.known(guide.target(), guide.theme())) {
			problems.add(new RuleViolation("servicecatalog.guide.theme", guide.theme(),
					String.join("、", ServiceThemes.of(guide.target()))));
		}
		List<GuideElement> missing = GuideCompleteness.missing(guide);
		if (!missing.isEmpty()) {
			problems.add(new RuleViolation("servicecatalog.guide.incomplete", labels(missing)));
		}
		for (Material material : guide.materials()) {
			if (material.copies() < 1) {
				problems.add(new RuleViolation("servicecatalog.material.copies", material.name()));
			}
		}
		Stream.concat(Stream.of(guide.links().policy(), guide.links().faq(), guide.links().consultation(),
				guide.links().complaint(), guide.links().supervision()),
				guide.materials().stream().flatMap(m -> Stream.of(m.blankFormUrl(), m.instructionsUrl(), m.sampleUrl())))
			.filter(address -> address != null && !address.isBlank() && !safeAddress(address))
			.findFirst()
			.ifPresent(address -> problems.add(new RuleViolation("servicecatalog.guide.address", address)));
		if (!guide.name().isBlank()) {
			store.nameElsewhere(guide.code(), siteId)
				.filter(name -> !name.equals(guide.name()))
				.ifPresent(name -> problems.add(new RuleViolation("servicecatalog.guide.unifiedName", guide.code(), name)));
		}
		return problems;
	}

	/** The missing elements as the user reads them: 设定依据、办理地点. */
	public String labels(List<GuideElement> missing) {
		return missing.stream()
			.map(element -> messages.getMessage(element.messageKey(), null, LocaleContextHolder.getLocale()))
			.collect(Collectors.joining("、"));
	}

	public String text(RuleViolation violation) {
		return messages.getMessage(violation.code(), violation.arguments(), LocaleContextHolder.getLocale());
	}

	/** A link or a download: an http(s) address or a path on the site, never {@code javascript:} and the like. */
	static boolean safeAddress(@Nullable String address) {
		if (address == null) {
			return true;
		}
		String lower = address.strip().toLowerCase(Locale.ROOT);
		return lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("/") && !lower.startsWith("//");
	}
}
