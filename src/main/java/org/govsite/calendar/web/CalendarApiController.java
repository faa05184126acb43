package org.govsite.calendar.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.govsite.audit.Audited;
import org.govsite.calendar.ArrangementSource;
import org.govsite.calendar.CalendarDayView;
import org.govsite.calendar.CalendarManagement;
import org.govsite.calendar.CalendarYearUnknown;
import org.govsite.calendar.CalendarYearView;
import org.govsite.calendar.DayKind;
import org.govsite.calendar.Deadline;
import org.govsite.calendar.InvalidArrangement;
import org.govsite.calendar.NamedDay;
import org.govsite.platform.BackOffice;
import org.govsite.platform.NotFound;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The calendar for other systems: the years, entering a year, and working-day questions. */
@RestController
@BackOffice
@RequestMapping("/api/v1/calendar")
@Tag(name = "工作日历", description = "节假日与调休安排、工作日判断和按工作日计算期限")
class CalendarApiController {

	private final CalendarManagement calendar;

	private final MessageSource messages;

	CalendarApiController(CalendarManagement calendar, MessageSource messages) {
		this.calendar = calendar;
		this.messages = messages;
	}

	/** A day of an arrangement. */
	record DayEntry(@NotNull LocalDate date, @NotBlank @Size(max = 20) String name) {

		NamedDay named() {
			return new NamedDay(date, name);
		}

		static List<DayEntry> of(Map<LocalDate, String> days) {
			return days.entrySet().stream().map(day -> new DayEntry(day.getKey(), day.getValue())).toList();
		}
	}

	/** A year's arrangement as the API shows it. */
	record YearResponse(int year, ArrangementSource source, int workingDays, Instant updatedAt, String updatedBy,
			List<DayEntry> holidays, List<DayEntry> adjustedWorkingDays) {

		static YearResponse of(CalendarYearView view) {
			return new YearResponse(view.year(), view.source(), view.workingDayCount(), view.updatedAt(), view.updatedBy(),
					DayEntry.of(view.arrangement().holidays()), DayEntry.of(view.arrangement().adjustedWorkingDays()));
		}
	}

	/** A year's arrangement to enter: every day it names, replacing what it had. */
	record YearRequest(@NotNull @Size(max = 100) List<@Valid @NotNull DayEntry> holidays,
			@NotNull @Size(max = 100) List<@Valid @NotNull DayEntry> adjustedWorkingDays) {
	}

	record DeadlineQuery(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@NotNull @Min(0) @Max(CalendarManagement.MAX_WORKING_DAYS) Integer workingDays) {
	}

	/**
	 * A deadline; {@code provisional} when it runs through a year without an arrangement, with
	 * {@code note} saying which and that it will be recomputed.
	 */
	record DeadlineResponse(LocalDate from, LocalDate receiptDay, int workingDays, LocalDate deadline, Instant endsAt,
			boolean provisional, @Nullable String note) {
	}

	private DeadlineResponse response(Deadline deadline) {
		String note = deadline.provisional() ? messages.getMessage("calendar.deadline.provisional",
				new Object[] { deadline.unarrangedYears().stream().map(String::valueOf).collect(Collectors.joining("、")) }, LocaleContextHolder.getLocale()) : null;
		return new DeadlineResponse(deadline.received(), deadline.receiptDay(), deadline.workingDays(),
				deadline.lastDay(), deadline.endsAt(), deadline.provisional(), note);
	}

	record BetweenQuery(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
	}

	record BetweenResponse(LocalDate from, LocalDate to, int workingDays) {
	}

	@GetMapping("/years")
	@Operation(summary = "已录入节假日安排的年份")
	List<YearResponse> years() {
		return calendar.years().stream().map(YearResponse::of).toList();
	}

	@GetMapping("/years/{year}")
	@Operation(summary = "一年的节假日和调休上班日")
	YearResponse year(@PathVariable int year) {
		return calendar.findYear(year).map(YearResponse::of).orElseThrow(() -> new NotFound("calendarYear", String.valueOf(year)));
	}

	@PutMapping("/years/{year}")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	@Audited(value = "calendar.define", objectType = "calendarYear", objectIdParameter = "year")
	@Operation(summary = "录入或替换一年的节假日安排（系统管理员）")
	YearResponse define(@PathVariable int year, @Valid @RequestBody YearRequest request) {
		return YearResponse.of(calendar.define(year, request.holidays().stream().map(DayEntry::named).toList(),
				request.adjustedWorkingDays().stream().map(DayEntry::named).toList()));
	}

	@GetMapping("/days/{date}")
	@Operation(summary = "某天是否工作日，属于哪个节日")
	CalendarDayView day(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return calendar.day(date);
	}

	@GetMapping("/deadline")
	@Operation(summary = "某天收到的事项，若干工作日的期限截止日（非工作日收到的，从下一个工作日起算）")
	DeadlineResponse deadline(@Valid DeadlineQuery query) {
		return response(calendar.deadline(query.from(), query.workingDays()));
	}

	@GetMapping("/working-days")
	@Operation(summary = "两个日期之间的工作日天数（开始日不计，结束日计入）")
	BetweenResponse workingDays(@Valid BetweenQuery query) {
		return new BetweenResponse(query.from(), query.to(), calendar.workingDaysBetween(query.from(), query.to()));
	}

	/** A question about a year whose holidays were never known is a bad request, not a conflict. */
	@ExceptionHandler
	ProblemDetail unknownYear(CalendarYearUnknown unknown) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage(unknown.code(), unknown.arguments(), LocaleContextHolder.getLocale()));
		problem.setTitle(messages.getMessage("error.invalid.title", null, LocaleContextHolder.getLocale()));
		problem.setProperty("code", unknown.code());
		return problem;
	}

	/** Names every bad day, not just the first, so that a client can fix them all at once. */
	@ExceptionHandler
	ProblemDetail invalidArrangement(InvalidArrangement invalid) {
		List<Map<String, String>> errors = invalid.problems().stream().map(problem -> Map.of(
				"field", (problem.list() == DayKind.HOLIDAY ? "holidays" : "adjustedWorkingDays")
						+ "[" + problem.position() + "]",
				"message", messages.getMessage(ProblemMessages.reason(problem), LocaleContextHolder.getLocale())))
			.toList();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, messages.getMessage(
				"calendar.arrangement.invalid", new Object[] { errors.size(), errors.getFirst().get("message") },
				LocaleContextHolder.getLocale()));
		problem.setTitle(messages.getMessage("error.rule.title", null, LocaleContextHolder.getLocale()));
		problem.setProperty("code", invalid.code());
		problem.setProperty("errors", errors);
		return problem;
	}
}
