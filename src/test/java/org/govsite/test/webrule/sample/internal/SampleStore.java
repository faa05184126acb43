package org.govsite.test.webrule.sample.internal;

/** The internal class {@code SampleController} should not use; see WebUsesModuleApiTests. */
public class SampleStore {

	public String name() {
		return "sample";
	}
}
