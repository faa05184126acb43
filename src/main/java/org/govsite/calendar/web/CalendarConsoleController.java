package org.govsite.calendar.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import org.govsite.audit.Audited;
import org.govsite.calendar.ArrangementProblem;
import org.govsite.calendar.CalendarManagement;
import org.govsite.calendar.CalendarYearUnknown;
import org.govsite.calendar.CalendarYearView;
import org.govsite.calendar.DayKind;
import org.govsite.calendar.InvalidArrangement;
import org.govsite.calendar.YearArrangement;
import org.govsite.platform.BackOffice;
import org.govsite.platform.NotFound;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The 工作日历 pages: the years, one year's months, entering a year (system administrator only)
 * and two small calculators, which answer with an htmx partial.
 */
@Controller
@BackOffice
@RequestMapping("/admin/calendar")
class CalendarConsoleController {

	private static final String INDEX = "calendar/index";

	private static final String YEAR = "calendar/year";

	private static final String EDIT = "calendar/edit";

	/** The time limit the deadline calculator starts with: a disclosure request's (SPEC.md §6). */
	private static final int DEFAULT_WORKING_DAYS = 20;

	private final CalendarManagement calendar;

	private final MessageSource messages;

	private final Clock clock;

	CalendarConsoleController(CalendarManagement calendar, MessageSource messages, Clock clock) {
		this.calendar = calendar;
		this.messages = messages;
		this.clock = clock;
	}

	@InitBinder("yearForm")
	void yearFields(WebDataBinder binder) {
		binder.setAllowedFields("holidays", "adjustedWorkingDays");
	}

	@InitBinder({ "deadlineForm", "betweenForm" })
	void calculatorFields(WebDataBinder binder) {
		binder.setAllowedFields("received", "workingDays", "from", "to");
	}

	@GetMapping
	String index(Model model) {
		return index(model, null, "");
	}

	@GetMapping("/deadline")
	String deadline(@Valid @ModelAttribute("deadlineForm") DeadlineForm form, BindingResult result,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		if (!result.hasErrors()) {
			try {
				model.addAttribute("deadline", calendar.deadline(form.getReceived(), form.getWorkingDays()));
			}
			catch (CalendarYearUnknown unknown) {
				result.rejectValue("received", unknown.code(), unknown.arguments(), unknown.code());
			}
		}
		return index(model, htmx, "deadline");
	}

	@GetMapping("/working-days")
	String workingDays(@Valid @ModelAttribute("betweenForm") BetweenForm form, BindingResult result,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		if (!result.hasErrors()) {
			try {
				model.addAttribute("between", calendar.workingDaysBetween(form.getFrom(), form.getTo()));
			}
			catch (CalendarYearUnknown unknown) {
				result.rejectValue("from", unknown.code(), unknown.arguments(), unknown.code());
			}
		}
		return index(model, htmx, "between");
	}

	/** The small form "录入其他年份" leads here. */
	@GetMapping("/edit")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String editOther(@RequestParam int year) {
		return "redirect:/admin/calendar/" + keptYear(year) + "/edit";
	}

	@GetMapping("/{year:\\d{4}}")
	String year(@PathVariable int year, Model model) {
		Optional<CalendarYearView> view = calendar.findYear(keptYear(year));
		YearArrangement arrangement = view.map(CalendarYearView::arrangement)
			.orElseGet(() -> YearArrangement.mondayToFriday(year));
		model.addAttribute("year", year);
		model.addAttribute("view", view.orElse(null));
		model.addAttribute("workingDayCount", arrangement.workingDayCount());
		model.addAttribute("months", MonthGrid.of(arrangement));
		model.addAttribute("groups", HolidayGroup.of(arrangement));
		model.addAttribute("canEdit", calendar.mayDefine());
		return YEAR;
	}

	@GetMapping("/{year:\\d{4}}/edit")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String edit(@PathVariable int year, Model model) {
		YearForm form = new YearForm();
		calendar.findYear(keptYear(year)).map(CalendarYearView::arrangement).ifPresent(arrangement -> {
			form.setHolidays(ArrangementText.format(arrangement.holidays()));
			form.setAdjustedWorkingDays(ArrangementText.format(arrangement.adjustedWorkingDays()));
		});
		model.addAttribute("yearForm", form);
		model.addAttribute("year", year);
		return EDIT;
	}

	@PostMapping("/{year:\\d{4}}")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	@Audited(value = "calendar.define", objectType = "calendarYear", objectIdParameter = "year")
	String save(@PathVariable int year, @Valid @ModelAttribute("yearForm") YearForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		keptYear(year);
		model.addAttribute("year", year);
		if (result.hasErrors()) {
			return EDIT;
		}
		ArrangementText.Parsed holidays = ArrangementText.parse(form.getHolidays());
		ArrangementText.Parsed adjusted = ArrangementText.parse(form.getAdjustedWorkingDays());
		List<ArrangementProblem> problems;
		if (holidays.badLines().isEmpty() && adjusted.badLines().isEmpty()) {
			try {
				CalendarYearView saved = calendar.define(year, holidays.days(), adjusted.days());
				redirect.addFlashAttribute("successMessage", messages.getMessage("calendar.saved",
						new Object[] { String.valueOf(year), saved.workingDayCount() }, LocaleContextHolder.getLocale()));
				return "redirect:/admin/calendar/" + year;
			}
			catch (InvalidArrangement invalid) {
				problems = invalid.problems();
			}
		}
		else {
			problems = calendar.check(year, holidays.days(), adjusted.days());
		}
		rejectLines(result, "holidays", holidays, DayKind.HOLIDAY, problems);
		rejectLines(result, "adjustedWorkingDays", adjusted, DayKind.ADJUSTED_WORKING_DAY, problems);
		return EDIT;
	}

	/** Puts each bad line of one list under its field, in line order, naming line and reason. */
	private static void rejectLines(BindingResult result, String field, ArrangementText.Parsed parsed, DayKind list,
			List<ArrangementProblem> problems) {
		record LineError(int number, String text, MessageSourceResolvable reason) {
		}
		List<LineError> errors = new ArrayList<>();
		parsed.badLines().forEach(bad -> errors.add(new LineError(bad.number(), bad.text(),
				new DefaultMessageSourceResolvable("calendar.line.date"))));
		problems.stream().filter(problem -> problem.list() == list).forEach(problem -> {
			ArrangementText.Line line = parsed.lines().get(problem.position());
			errors.add(new LineError(line.number(), line.text(), ProblemMessages.reason(problem)));
		});
		errors.stream()
			.sorted(Comparator.comparingInt(LineError::number))
			.forEach(error -> result.rejectValue(field, "calendar.line.error",
					new Object[] { String.valueOf(error.number()), error.text(), error.reason() }, null));
	}

	/**
	 * The calendar page; for htmx, only the calculator that was used. A calculator not used starts
	 * from today.
	 */
	private String index(Model model, @Nullable String htmx, String calculator) {
		if (htmx != null) {
			return INDEX + " :: " + calculator;
		}
		LocalDate today = LocalDate.now(clock);
		if (!model.containsAttribute("deadlineForm")) {
			model.addAttribute("deadlineForm", new DeadlineForm(today, DEFAULT_WORKING_DAYS));
		}
		if (!model.containsAttribute("betweenForm")) {
			model.addAttribute("betweenForm", new BetweenForm(today, today.plusMonths(1)));
		}
		model.addAttribute("rows", YearRow.of(calendar.years(), calendar.yearsAwaitingArrangement()));
		model.addAttribute("canEdit", calendar.mayDefine());
		model.addAttribute("firstYear", YearArrangement.FIRST_YEAR);
		model.addAttribute("lastYear", YearArrangement.LAST_YEAR);
		return INDEX;
	}

	/** The years the console shows; others are not found, as they are for the API. */
	private static int keptYear(int year) {
		if (year < YearArrangement.FIRST_YEAR || year > YearArrangement.LAST_YEAR) {
			throw new NotFound("calendarYear", String.valueOf(year));
		}
		return year;
	}
}
