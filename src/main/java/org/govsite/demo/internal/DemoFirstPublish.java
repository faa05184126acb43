package org.govsite.demo.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.govsite.publish.PublishJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.stereotype.Component;

/**
 * One full publish per demo site at first start. Building a site raises events that each queue a
 * publish (a channel tree, going online, a department's notice on the portal, an archived
 * article); with the worker running, each would publish the whole site again. So each site's
 * first full publish is queued held as soon as the site exists, every change joins it, and the
 * publishes are let go only once the demo is built and the events it raised have been handled.
 */
@Component
class DemoFirstPublish {

	private static final Logger log = LoggerFactory.getLogger(DemoFirstPublish.class);

	/** How long to wait for the demo's events at most; a listener that failed does not hold it up. */
	private static final Duration EVENTS_TIMEOUT = Duration.ofMinutes(2);

	private final PublishJobs publishing;

	private final EventPublicationRegistry events;

	private final List<Long> held = new ArrayList<>();

	DemoFirstPublish(PublishJobs publishing, EventPublicationRegistry events) {
		this.publishing = publishing;
		this.events = events;
	}

	/** Holds the site's first full publish; called once the site exists, before anything is added to it. */
	synchronized void hold(long siteId) {
		held.add(publishing.holdFirstPublish(siteId));
	}

	/** Lets the held publishes run, once the events raised while building have been handled. */
	synchronized void release() {
		awaitEvents();
		held.forEach(publishing::release);
		held.clear();
	}

	private void awaitEvents() {
		Instant giveUp = Instant.now().plus(EVENTS_TIMEOUT);
		while (pendingEvents() > 0) {
			if (Instant.now().isAfter(giveUp)) {
				log.warn("The demo's events are not all handled after {}; its sites are published anyway", EVENTS_TIMEOUT);
				return;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private long pendingEvents() {
		return events.findIncompletePublications()
			.stream()
			.filter(publication -> publication.getStatus() != EventPublication.Status.FAILED)
			.count();
	}
}
