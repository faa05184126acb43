package org.govsite.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;

import org.govsite.platform.GovSiteProperties;
import org.govsite.search.IndexStatus;
import org.govsite.search.SearchEntry;
import org.govsite.search.SearchIndex;
import org.govsite.search.SearchQuery;
import org.govsite.search.SearchResults;
import org.govsite.search.SearchUnavailable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The search index of this process: Lucene under {@code <data-dir>/search/index}, or with
 * {@code govsite.search.engine=opensearch} an index on an OpenSearch node that every node shares
 * (so nothing is journalled for public nodes to replay). Until a missing, damaged or outdated
 * index has been rebuilt, queries answer {@link SearchUnavailable}; so they do while the node is
 * not reached ({@link EngineConnection}), and once it is, the index is rebuilt: what changed
 * meanwhile was not written to it.
 */
@Component
public class EngineSearchIndex implements SearchIndex {

	private final EngineConnection connection;

	/** Run once a node not reached at start has been: IndexRebuild's. */
	private volatile Runnable whenReached = () -> {
	};

	private volatile boolean reachedLate;

	private final SearchSettings settings;

	private final IndexJournal journal;

	/** Whether changes are journalled for role-public nodes to replay: on every node but those. */
	private final boolean journalled;

	private volatile boolean ready;

	private volatile boolean rebuilding;

	private final AtomicLong done = new AtomicLong();

	private volatile long total;

	/** The generation new entries get; a rebuild raises it and then removes what is older. */
	private volatile long generation = 1;

	@Autowired
	EngineSearchIndex(GovSiteProperties platform, SearchProperties properties, SearchSettings settings, IndexJournal journal)
			throws IOException {
		this(platform, properties, settings, journal, EngineConnection.PAUSES);
	}

	EngineSearchIndex(GovSiteProperties platform, SearchProperties properties, SearchSettings settings, IndexJournal journal,
			List<Duration> connectPauses) throws IOException {
		this.settings = settings;
		this.journal = journal;
		this.connection = new EngineConnection(() -> SearchEngines.open(platform, properties), connectPauses,
				this::reached);
		SearchEngine engine = connection.ifOpen();
		this.journalled = platform.role() != org.govsite.platform.DeploymentRole.PUBLIC
				&& (engine == null ? properties.engine().equals("lucene") : engine instanceof LuceneEngine);
		this.ready = engine != null && !engine.fresh();
	}

	/** Whether the index was found missing, damaged or outdated at start. */
	boolean needsRebuild() {
		SearchEngine engine = connection.ifOpen();
		return engine != null && engine.fresh();
	}

	private synchronized void reached(SearchEngine engine) {
		ready = !engine.fresh();
		reachedLate = true;
		whenReached.run();
	}

	/** What to do once a node not reached at start has been: at once if that happened already. */
	synchronized void whenReached(Runnable action) {
		this.whenReached = action;
		if (reachedLate) {
			action.run();
		}
	}

	private SearchEngine engine() {
		return connection.engine();
	}

	@Override
	public void index(SearchEntry entry) {
		SearchEngine engine = connection.ifOpen();
		if (engine == null) {
			// the rebuild once the node is reached writes it
			return;
		}
		engine.put(entry, generation, !rebuilding);
		if (journalled) {
			journal.put(entry);
		}
	}

	@Override
	public void delete(String id) {
		SearchEngine engine = connection.ifOpen();
		if (engine == null) {
			return;
		}
		engine.delete(id);
		if (journalled) {
			journal.delete(id);
		}
	}

	@Override
	public void deleteSource(String source) {
		SearchEngine engine = connection.ifOpen();
		if (engine == null) {
			return;
		}
		engine.deleteSource(source);
		if (journalled) {
			journal.deleteSource(source);
		}
	}

	@Override
	public void replaceSource(String source, java.util.List<SearchEntry> entries) {
		SearchEngine engine = connection.ifOpen();
		if (engine == null) {
			return;
		}
		engine.replaceSource(source, entries, generation, !rebuilding);
		if (journalled) {
			journal.deleteSource(source);
			entries.forEach(journal::put);
		}
	}

	/** The embedded engine, for replaying the journal on a public node; null on a shared OpenSearch index. */
	@org.jspecify.annotations.Nullable LuceneEngine embedded() {
		return connection.ifOpen() instanceof LuceneEngine embedded ? embedded : null;
	}

	@Override
	public SearchResults query(SearchQuery query) {
		SearchEngine engine = engine();
		if (!ready) {
			throw new SearchUnavailable(done.get(), total);
		}
		return engine.search(query, settings.vocabulary());
	}

	@Override
	public IndexStatus status() {
		SearchEngine engine = connection.ifOpen();
		if (engine == null) {
			return new IndexStatus(false, rebuilding, done.get(), total, 0, java.util.Map.of(), null);
		}
		return new IndexStatus(ready, rebuilding, done.get(), total, engine.size(), engine.countsBySite(),
				engine.lastChange());
	}

	// --- rebuild (IndexRebuild drives it) --------------------------------------------------------

	synchronized long startRebuild(long expected) {
		if (rebuilding) {
			return -1;
		}
		rebuilding = true;
		done.set(0);
		total = expected;
		generation = System.currentTimeMillis();
		return generation;
	}

	/** Where a rebuild writes its entries; close it before {@link #finishRebuild}. */
	BulkLoad rebuildLoad() {
		return engine().bulkLoad(generation);
	}

	void progress(long documents) {
		done.addAndGet(documents);
	}

	void expect(long expected) {
		total = expected;
	}

	synchronized void finishRebuild(long rebuildGeneration, java.util.Set<String> kinds, boolean complete) {
		SearchEngine engine = engine();
		if (complete) {
			engine.deleteOlderThan(rebuildGeneration, kinds);
		}
		engine.commit();
		engine.forgetWords();
		rebuilding = false;
		if (complete) {
			ready = true;
		}
	}

	boolean rebuilding() {
		return rebuilding;
	}

	@PreDestroy
	void close() {
		try {
			connection.close();
		}
		catch (IOException | RuntimeException e) {
			throw new UncheckedIOException(new IOException("search index did not close cleanly", e));
		}
	}
}
