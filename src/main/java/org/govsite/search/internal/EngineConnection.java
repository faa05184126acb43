package org.govsite.search.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.govsite.search.SearchUnavailable;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search engine, opened at start; when its node is not up yet (an OpenSearch node started
 * after the platform, or restarting), the platform starts anyway and keeps trying in the
 * background with growing pauses, as {@link OpenSearchEngine} repeats its writes. Meanwhile
 * {@link #engine()} answers {@link SearchUnavailable#whileConnecting()}: search says 503.
 */
final class EngineConnection implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EngineConnection.class);

	/** The pauses between tries; the last one repeats until the node answers. */
	static final List<Duration> PAUSES = List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
			Duration.ofSeconds(8), Duration.ofSeconds(15), Duration.ofSeconds(30));

	/** Opens the engine; throws {@link OpenSearchEngine.Unavailable} while its node cannot be reached. */
	interface Opener {

		SearchEngine open() throws IOException;
	}

	private volatile @Nullable SearchEngine engine;

	private final @Nullable Thread retrying;

	private volatile boolean closed;

	/**
	 * Tries once now; if the node is not reached, keeps trying in a background thread and hands
	 * the engine to {@code opened} once it is open.
	 */
	EngineConnection(Opener opener, List<Duration> pauses, Consumer<SearchEngine> opened) throws IOException {
		SearchEngine now = tryOpen(opener);
		this.engine = now;
		this.retrying = now != null ? null
				: Thread.ofVirtual().name("search-connect").start(() -> keepTrying(opener, List.copyOf(pauses), opened));
	}

	/** The engine, or {@link SearchUnavailable#whileConnecting()} while its node is not reached yet. */
	SearchEngine engine() {
		SearchEngine open = engine;
		if (open == null) {
			throw SearchUnavailable.whileConnecting();
		}
		return open;
	}

	/** The engine if it is open. */
	@Nullable SearchEngine ifOpen() {
		return engine;
	}

	private static @Nullable SearchEngine tryOpen(Opener opener) throws IOException {
		try {
			return opener.open();
		}
		catch (OpenSearchEngine.Unavailable notYet) {
			log.warn("Search engine not reached yet, trying again with growing pauses: {}", notYet.getMessage());
			return null;
		}
	}

	private void keepTrying(Opener opener, List<Duration> pauses, Consumer<SearchEngine> opened) {
		for (int attempt = 0; !closed; attempt++) {
			try {
				Thread.sleep(pauses.get(Math.min(attempt, pauses.size() - 1)));
				SearchEngine open = tryOpen(opener);
				if (open != null) {
					synchronized (this) {
						if (closed) {
							open.close();
							return;
						}
						engine = open;
					}
					log.info("Search engine reached after {} repeated tries", attempt + 1);
					opened.accept(open);
					return;
				}
			}
			catch (InterruptedException stopped) {
				return;
			}
			catch (IOException | RuntimeException failed) {
				log.error("Search engine could not be opened; trying again", failed);
			}
		}
	}

	@Override
	public synchronized void close() throws IOException {
		closed = true;
		if (retrying != null) {
			retrying.interrupt();
		}
		SearchEngine open = engine;
		if (open != null) {
			open.commit();
			open.close();
		}
	}
}
