package org.govsite.report;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import org.govsite.platform.NotFound;
import org.govsite.platform.RuleViolation;
import org.govsite.report.internal.AccessLogProperties;
import org.govsite.report.internal.BotFilter;
import org.govsite.report.internal.DailySalts;
import org.govsite.report.internal.SiteCodes;
import org.govsite.report.internal.VisitBatch;
import org.govsite.report.internal.VisitStore;
import org.govsite.report.internal.VisitorHash;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;

/**
 * Counts page views from the first-party beacon (public role): robots left out, a visitor known for
 * the day by a salted hash only, the views summed in memory and written every few seconds by a job
 * on every node ({@code report.flush-visits}) and on shutdown: a few seconds of counts lost on a
 * crash are acceptable, a query per view is not.
 */
@Service
public class VisitCounter implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(VisitCounter.class);

	private static final Pattern SITE_CODE = Pattern.compile("[0-9A-Za-z]{1,20}");

	static final int PATH_LENGTH = 500;

	static final int TEXT_LENGTH = 100;

	private final SiteCodes sites;

	private final DailySalts salts;

	private final VisitStore store;

	private final Clock clock;

	private final java.util.concurrent.locks.ReadWriteLock lock = new java.util.concurrent.locks.ReentrantReadWriteLock();

	private final AtomicReference<VisitBatch> batch = new AtomicReference<>(new VisitBatch());

	private volatile boolean running;

	private volatile LocalDate pruned = LocalDate.MIN;

	private final AccessLogProperties logs;

	VisitCounter(SiteCodes sites, DailySalts salts, VisitStore store, AccessLogProperties logs, Clock clock) {
		this.logs = logs;
		this.sites = sites;
		this.salts = salts;
		this.store = store;
		this.clock = clock;
	}

	/**
	 * Counts a view.
	 *
	 * @return whether it was counted (a robot's is not, nor one of a site counted from the access logs)
	 * @throws RuleViolation {@code report.beacon.invalid} for input no page sends
	 * @throws NotFound for a 标识码 of no online site
	 */
	public boolean count(Visit visit) {
		if (!SITE_CODE.matcher(visit.siteCode()).matches() || !visit.path().startsWith("/")
				|| visit.path().length() > PATH_LENGTH || control(visit.path()) || tooLong(visit.channel())
				|| tooLong(visit.searchTerm())) {
			throw new RuleViolation("report.beacon.invalid");
		}
		long siteId = sites.siteId(visit.siteCode()).orElseThrow(() -> new NotFound("site", visit.siteCode()));
		// a site counted from nginx's logs would count its views twice
		if (BotFilter.isRobot(visit.userAgent()) || logs.sites().contains(visit.siteCode())) {
			return false;
		}
		LocalDate today = LocalDate.now(clock);
		byte[] visitor = VisitorHash.of(salts.of(today), siteId, visit.address(), visit.userAgent());
		// a view is added under the read lock, so that the batch a flush takes holds it whole
		lock.readLock().lock();
		try {
			batch.get().add(today, siteId, clean(visit.channel()), visit.path(), visitor,
				referrerHost(visit.referrer()), clean(visit.searchTerm()));
		}
		finally {
			lock.readLock().unlock();
		}
		return true;
	}

	/** Writes what was counted so far. */
	public synchronized void flush() {
		VisitBatch full;
		lock.writeLock().lock();
		try {
			full = batch.getAndSet(new VisitBatch());
		}
		finally {
			lock.writeLock().unlock();
		}
		if (full.isEmpty()) {
			return;
		}
		try {
			store.write(full);
		}
		catch (RuntimeException e) {
			log.warn("Visit counts could not be written, {} site-days lost: {}", full.size(), e.toString());
		}
		LocalDate today = LocalDate.now(clock);
		if (!pruned.equals(today)) {
			store.prune(today.minusDays(1));
			pruned = today;
		}
	}

	private static boolean control(String text) {
		return text.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
	}

	private static boolean tooLong(@Nullable String text) {
		return text != null && (text.length() > TEXT_LENGTH || control(text));
	}

	private static String clean(@Nullable String text) {
		return text == null ? "" : text.strip();
	}

	/** Only the host of where the reader came from; none when it is not a web address. */
	public static String referrerHost(@Nullable String referrer) {
		if (referrer == null || referrer.isBlank()) {
			return "";
		}
		try {
			URI uri = new URI(referrer.strip());
			String host = uri.getHost();
			if (host == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || host.length() > TEXT_LENGTH) {
				return "";
			}
			return host.toLowerCase(Locale.ROOT);
		}
		catch (java.net.URISyntaxException e) {
			return "";
		}
	}

	@Override
	public void start() {
		running = true;
	}

	/** What is counted but not yet written is written before the node stops. */
	@Override
	public void stop() {
		running = false;
		flush();
	}

	@Override
	public boolean isRunning() {
		return running;
	}
}
