package org.govsite.interaction;

/** 先审后发: what a citizen wrote (an opinion, an interview question) is shown once PASSED. */
public enum Moderation {
	PENDING, PASSED, REFUSED
}
