package org.govsite.platform.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.govsite.platform.BackOffice;
import org.govsite.platform.WorkItem;
import org.govsite.platform.WorkbenchFigureSource;
import org.govsite.platform.WorkbenchSource;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The 工作台: the console's home, listing what waits for the signed-in user. */
@Controller
@BackOffice
class WorkbenchController {

	private static final Comparator<WorkItem> BY_DUE_DATE = Comparator.comparing(WorkItem::due,
			Comparator.nullsLast(Comparator.naturalOrder()));

	private final List<WorkbenchSource> sources;

	private final List<WorkbenchFigureSource> figures;

	private final Clock clock;

	WorkbenchController(List<WorkbenchSource> sources, List<WorkbenchFigureSource> figures, Clock clock) {
		this.sources = sources;
		this.figures = figures;
		this.clock = clock;
	}

	@GetMapping("/admin")
	String workbench(Authentication user, Model model) {
		List<WorkItem> items = sources.stream()
			.flatMap(source -> source.itemsFor(user).stream())
			.sorted(BY_DUE_DATE)
			.toList();
		model.addAttribute("items", items);
		model.addAttribute("figures", figures.stream().flatMap(source -> source.figuresFor(user).stream()).toList());
		model.addAttribute("today", LocalDate.now(clock));
		return "platform/workbench";
	}
}
