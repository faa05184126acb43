package org.govsite.identity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One thing of a citizen's, as their 我的 page lists it: a letter, an application for disclosure,
 * an opinion on a draft, a survey response, a subscription.
 *
 * @param kind what it is (信件, 依申请公开, 意见征集, 问卷调查, 订阅)
 * @param title its subject, as the citizen wrote it
 * @param state where it stands, in Chinese
 * @param link where to follow it (a public page), if there is one
 * @param action what the citizen may do to it from 我的 (a form posted to the owning module), if anything
 */
public record CitizenItem(String kind, String title, String state, Instant at, @Nullable String link,
		@Nullable Action action) {

	public CitizenItem(String kind, String title, String state, Instant at, @Nullable String link) {
		this(kind, title, state, at, link, null);
	}

	/** A button on 我的 that posts (with the CSRF token) to {@code path}, named {@code label}. */
	public record Action(String path, String label) {
	}
}
