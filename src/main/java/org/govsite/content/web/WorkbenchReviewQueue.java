package org.govsite.content.web;

import org.govsite.content.ReviewQueue;
import org.govsite.content.ReviewWorkflow;
import org.govsite.platform.BackOffice;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.RequestScope;

/**
 * The review queue the 工作台 shows, read once per request: its items ({@link ContentWorkbench})
 * and its figure ({@link ContentFigures}) both come from it.
 */
@Component
@RequestScope
@BackOffice
class WorkbenchReviewQueue {

	/** The longest waiting, as items; the figure links to the whole queue. */
	static final int ITEMS = 20;

	private final ReviewWorkflow workflow;

	private @Nullable ReviewQueue queue;

	WorkbenchReviewQueue(ReviewWorkflow workflow) {
		this.workflow = workflow;
	}

	ReviewQueue get() {
		if (queue == null) {
			queue = workflow.awaitingMyReview(0, ITEMS);
		}
		return queue;
	}
}
