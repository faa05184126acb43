package org.govsite.demo.internal;

import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.govsite.publish.internal.JobRunner;

/**
 * The demo site group, built once per Spring context on its database: its 标识码 and accounts are
 * unique, so the tests that look at it share one build, whichever of them runs first.
 */
final class DemoGroupOnce {

	private static final Map<DemoSiteGroup, List<DemoSiteGroup.DemoAccount>> BUILT = new WeakHashMap<>();

	private DemoGroupOnce() {
	}

	/** The demo's staff accounts with their first passwords, building the group on the first call. */
	static synchronized List<DemoSiteGroup.DemoAccount> accounts(DemoSiteGroup demo, JobRunner runner)
			throws InterruptedException {
		List<DemoSiteGroup.DemoAccount> accounts = BUILT.get(demo);
		if (accounts == null) {
			accounts = build(demo, runner);
			BUILT.put(demo, accounts);
		}
		return accounts;
	}

	private static List<DemoSiteGroup.DemoAccount> build(DemoSiteGroup demo, JobRunner runner) throws InterruptedException {
		// the publish worker runs while the demo builds, as it does at a real first start
		AtomicBoolean building = new AtomicBoolean(true);
		Thread worker = new Thread(() -> {
			while (building.get()) {
				runner.runPending();
				Thread.onSpinWait();
			}
		}, "test-publish-worker");
		worker.start();
		try {
			return List.copyOf(demo.create());
		}
		finally {
			building.set(false);
			worker.join();
		}
	}
}
