package org.govsite.content.web;

import java.util.List;

import org.govsite.content.OutsideReleaseView;
import org.govsite.content.OutsideReleases;
import org.govsite.platform.BackOffice;
import org.govsite.platform.WorkItem;
import org.govsite.platform.WorkbenchSource;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** On the 工作台 of a site's editors: what went out on new media or in the press and is not on the website yet. */
@Component
@BackOffice
class OutsideReleaseWorkbench implements WorkbenchSource {

	private final OutsideReleases releases;

	private final MessageSource messages;

	OutsideReleaseWorkbench(OutsideReleases releases, MessageSource messages) {
		this.releases = releases;
		this.messages = messages;
	}

	@Override
	public List<WorkItem> itemsFor(Authentication user) {
		return releases.waitingForMe().stream().map(this::item).toList();
	}

	private WorkItem item(OutsideReleaseView release) {
		String kind = messages.getMessage("content.outsideRelease.kind." + release.kind().name(), null,
				LocaleContextHolder.getLocale());
		String title = messages.getMessage("content.workbench.outsideRelease",
				new Object[] { kind, release.outlet(), release.title() }, LocaleContextHolder.getLocale());
		return new WorkItem("workbench.category.task", title,
				"/admin/sites/" + release.siteId() + "/outside-releases#release-" + release.id(), release.due());
	}
}
