package org.govsite.interaction;

/** An interview ended and was archived with its whole transcript: its static page goes on the site. */
public record InterviewArchived(long interviewId, long siteId) {
}
