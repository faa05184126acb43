package org.govsite.test.webrule.sample.web;

import org.govsite.test.webrule.sample.internal.SampleStore;

/** Deliberately wrong, for WebUsesModuleApiTests: a page that uses its module's internal class. */
class SampleController {

	String page(SampleStore store) {
		return store.name();
	}
}
