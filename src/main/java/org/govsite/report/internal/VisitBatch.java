package org.govsite.report.internal;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The views counted since the last flush, summed in memory: a beacon costs a few map updates, and
 * the database sees one row change per page and day per flush instead of one per view.
 */
public final class VisitBatch {

	public record SiteDay(LocalDate day, long siteId) {
	}

	public record PageKey(LocalDate day, long siteId, String channel, String path) {
	}

	public record TextKey(LocalDate day, long siteId, String text) {
	}

	final Map<SiteDay, LongAdder> views = new ConcurrentHashMap<>();

	final Map<SiteDay, Set<ByteBuffer>> visitors = new ConcurrentHashMap<>();

	final Map<PageKey, LongAdder> pages = new ConcurrentHashMap<>();

	final Map<TextKey, LongAdder> referrers = new ConcurrentHashMap<>();

	final Map<TextKey, LongAdder> searches = new ConcurrentHashMap<>();

	public void add(LocalDate day, long siteId, String channel, String path, byte[] visitor, String referrerHost,
			String searchTerm) {
		SiteDay key = new SiteDay(day, siteId);
		views.computeIfAbsent(key, k -> new LongAdder()).increment();
		visitors.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(ByteBuffer.wrap(visitor));
		pages.computeIfAbsent(new PageKey(day, siteId, channel, path), k -> new LongAdder()).increment();
		if (!referrerHost.isEmpty()) {
			referrers.computeIfAbsent(new TextKey(day, siteId, referrerHost), k -> new LongAdder()).increment();
		}
		if (!searchTerm.isEmpty()) {
			searches.computeIfAbsent(new TextKey(day, siteId, searchTerm), k -> new LongAdder()).increment();
		}
	}

	public boolean isEmpty() {
		return views.isEmpty();
	}

	public int size() {
		return views.size();
	}
}
