package org.govsite.site;

import java.util.List;

/** Going online is refused until the go-live gate is passed; names every item still missing. */
public class GoLiveRefused extends LifecycleRefused {

	private final List<GoLiveItem> missing;

	public GoLiveRefused(List<GoLiveItem> missing) {
		super("site.goLive.refused", missing.size());
		this.missing = List.copyOf(missing);
	}

	public List<GoLiveItem> missing() {
		return missing;
	}
}
