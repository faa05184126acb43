package org.govsite.content.web;

import java.util.ArrayList;
import java.util.List;

import org.govsite.content.DocumentSummary;
import org.govsite.content.OfferState;
import org.govsite.content.OfferView;
import org.govsite.content.PlacementReviewView;
import org.govsite.content.Placements;
import org.govsite.content.ReviewSafeguards;
import org.govsite.platform.BackOffice;
import org.govsite.platform.WorkItem;
import org.govsite.platform.WorkbenchSource;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * On the 工作台: the 报送 waiting for the user and the documents waiting longest for their review
 * (their messages are the notification module's).
 */
@Component
@BackOffice
class ContentWorkbench implements WorkbenchSource {

	private final WorkbenchReviewQueue reviewQueue;

	private final Placements placements;

	private final ReviewSafeguards safeguards;

	private final MessageSource messages;

	ContentWorkbench(WorkbenchReviewQueue reviewQueue, Placements placements, ReviewSafeguards safeguards,
			MessageSource messages) {
		this.reviewQueue = reviewQueue;
		this.placements = placements;
		this.safeguards = safeguards;
		this.messages = messages;
	}

	@Override
	public List<WorkItem> itemsFor(Authentication user) {
		List<WorkItem> items = new ArrayList<>();
		for (OfferView offer : placements.offersWaitingForMe()) {
			items.add(new WorkItem("workbench.category.approval",
					message(offer.state() == OfferState.OFFERED ? "content.workbench.offer" : "content.workbench.offerReview",
							offer.title()),
					"/admin/offers/" + offer.id(), null));
		}
		for (DocumentSummary document : reviewQueue.get().documents()) {
			String level = message("content.level." + Math.max(1, Math.min(document.reviewLevel(), 4)));
			items.add(new WorkItem("workbench.category.approval", message("content.workbench.review", document.title(), level),
					"/admin/documents/" + document.id(), null));
		}
		for (PlacementReviewView held : safeguards.placementsAwaitingMyReview()) {
			items.add(new WorkItem("workbench.category.approval", message("content.workbench.placementReview", held.title(),
					held.nextLevel(), held.requiredLevels()), "/admin/documents/" + held.documentId(), null));
		}
		return items;
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}
}
