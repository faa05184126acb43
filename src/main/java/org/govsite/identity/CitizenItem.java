package org.govsite.identity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One thing a citizen wrote, as their 我的 page lists it: a letter, an application for disclosure,
 * an opinion on a draft.
 *
 * @param kind what it is (信件, 依申请公开, 意见征集)
 * @param title its subject, as the citizen wrote it
 * @param state where it stands, in Chinese
 * @param link where to follow it (a public page), if there is one
 */
public record CitizenItem(String kind, String title, String state, Instant at, @Nullable String link) {
}
