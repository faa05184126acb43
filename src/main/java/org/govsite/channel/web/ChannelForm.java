package org.govsite.channel.web;

import java.time.Period;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.govsite.channel.ChannelDetails;
import org.govsite.channel.ChannelKind;
import org.govsite.channel.ChannelView;
import org.govsite.channel.UpdateRule;
import org.govsite.channel.UpdateRule.Cadence;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.Errors;

/**
 * The console's channel form, for creating and editing. The update rule is chosen in words (a
 * cadence, or an amount and a unit) rather than typed as an ISO-8601 period.
 */
class ChannelForm {

	static final String CODE_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";

	static final String PHONE_PATTERN = "^[0-9+()\\- ]{5,30}$";

	/** How the channel's rule is chosen: its kind's default, or a rule of its own. */
	enum RuleChoice {

		DEFAULT, WITHIN, WHEN_FACTS_CHANGE, WHILE_ACTIVE, AS_EVENTS_DEVELOP, NONE
	}

	enum PeriodUnit {

		DAYS, WEEKS, MONTHS, YEARS;

		Period of(int amount) {
			return switch (this) {
				case DAYS -> Period.ofDays(amount);
				case WEEKS -> Period.ofWeeks(amount);
				case MONTHS -> Period.ofMonths(amount);
				case YEARS -> Period.ofYears(amount);
			};
		}
	}

	@NotBlank
	@Size(max = 60)
	private String name = "";

	@NotBlank
	@Size(max = 40)
	@Pattern(regexp = CODE_PATTERN)
	private String code = "";

	@NotNull
	private @Nullable ChannelKind kind;

	@NotNull
	private RuleChoice ruleChoice = RuleChoice.DEFAULT;

	@Min(1)
	@Max(999)
	private @Nullable Integer ruleAmount;

	private PeriodUnit ruleUnit = PeriodUnit.MONTHS;

	private boolean ruleFirstLevelOnly;

	@NotBlank
	@Size(max = 100)
	private String responsibleUnit = "";

	@NotBlank
	@Size(max = 30)
	private String responsiblePerson = "";

	@Size(max = 30)
	@Pattern(regexp = PHONE_PATTERN)
	private @Nullable String responsiblePhone;

	@Size(max = 200)
	private @Nullable String description;

	@Size(max = 200)
	private @Nullable String keywords;

	/** The form filled with a channel's details. */
	static ChannelForm of(ChannelView channel) {
		ChannelForm form = new ChannelForm();
		form.name = channel.name();
		form.code = channel.code();
		form.kind = channel.kind();
		form.responsibleUnit = channel.responsibleUnit();
		form.responsiblePerson = channel.responsiblePerson();
		form.responsiblePhone = channel.responsiblePhone();
		form.description = channel.description();
		form.keywords = channel.keywords();
		if (channel.ownUpdateRule()) {
			form.chooseRule(channel.updateRule());
		}
		return form;
	}

	private void chooseRule(UpdateRule rule) {
		ruleChoice = RuleChoice.valueOf(rule.cadence().name());
		Period period = rule.maxInterval();
		if (period == null) {
			return;
		}
		ruleFirstLevelOnly = rule.firstLevelOnly();
		if (period.getDays() == 0 && period.getMonths() == 0) {
			ruleUnit = PeriodUnit.YEARS;
			ruleAmount = period.getYears();
		}
		else if (period.getDays() == 0) {
			ruleUnit = PeriodUnit.MONTHS;
			ruleAmount = (int) period.toTotalMonths();
		}
		else {
			int days = period.getDays() + 30 * (int) period.toTotalMonths();
			ruleUnit = days % 7 == 0 ? PeriodUnit.WEEKS : PeriodUnit.DAYS;
			ruleAmount = days % 7 == 0 ? days / 7 : days;
		}
	}

	/** Checks what bean validation cannot: a periodic rule needs its amount. */
	void validateRule(Errors errors) {
		if (ruleChoice == RuleChoice.WITHIN && ruleAmount == null) {
			errors.rejectValue("ruleAmount", "channel.rule.amount.required");
		}
	}

	/** The channel's own rule, or {@code null} to follow its kind. */
	@Nullable UpdateRule updateRule() {
		return switch (ruleChoice) {
			case DEFAULT -> null;
			case WITHIN -> new UpdateRule(Cadence.WITHIN, ruleUnit.of(ruleAmount == null ? 1 : ruleAmount),
					ruleFirstLevelOnly);
			default -> UpdateRule.of(Cadence.valueOf(ruleChoice.name()));
		};
	}

	ChannelDetails toDetails() {
		return new ChannelDetails(name, code, kind == null ? ChannelKind.OTHER : kind, updateRule(), responsibleUnit,
				responsiblePerson, responsiblePhone, description, keywords);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public @Nullable ChannelKind getKind() {
		return kind;
	}

	public void setKind(@Nullable ChannelKind kind) {
		this.kind = kind;
	}

	public RuleChoice getRuleChoice() {
		return ruleChoice;
	}

	public void setRuleChoice(RuleChoice ruleChoice) {
		this.ruleChoice = ruleChoice;
	}

	public @Nullable Integer getRuleAmount() {
		return ruleAmount;
	}

	public void setRuleAmount(@Nullable Integer ruleAmount) {
		this.ruleAmount = ruleAmount;
	}

	public PeriodUnit getRuleUnit() {
		return ruleUnit;
	}

	public void setRuleUnit(PeriodUnit ruleUnit) {
		this.ruleUnit = ruleUnit;
	}

	public boolean isRuleFirstLevelOnly() {
		return ruleFirstLevelOnly;
	}

	public void setRuleFirstLevelOnly(boolean ruleFirstLevelOnly) {
		this.ruleFirstLevelOnly = ruleFirstLevelOnly;
	}

	public String getResponsibleUnit() {
		return responsibleUnit;
	}

	public void setResponsibleUnit(String responsibleUnit) {
		this.responsibleUnit = responsibleUnit;
	}

	public String getResponsiblePerson() {
		return responsiblePerson;
	}

	public void setResponsiblePerson(String responsiblePerson) {
		this.responsiblePerson = responsiblePerson;
	}

	public @Nullable String getResponsiblePhone() {
		return responsiblePhone;
	}

	public void setResponsiblePhone(@Nullable String responsiblePhone) {
		this.responsiblePhone = responsiblePhone == null || responsiblePhone.isBlank() ? null : responsiblePhone;
	}

	public @Nullable String getDescription() {
		return description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description;
	}

	public @Nullable String getKeywords() {
		return keywords;
	}

	public void setKeywords(@Nullable String keywords) {
		this.keywords = keywords;
	}
}
