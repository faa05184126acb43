package org.govsite.channel;

import org.govsite.platform.RuleViolation;

/** A change to a channel or its tree that the rules refuse; the code explains why in Chinese. */
public class ChannelRuleViolation extends RuleViolation {

	public ChannelRuleViolation(String code, Object... arguments) {
		super(code, arguments);
	}

	/** Whether the refusal concerns the channel's code, so a form can show it beside that field. */
	public boolean concernsCode() {
		return code().startsWith("channel.code.");
	}
}
