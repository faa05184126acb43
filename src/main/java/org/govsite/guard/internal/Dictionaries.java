package org.govsite.guard.internal;

import java.time.Duration;

import org.govsite.jobs.RecurringJob;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scanner of the dictionaries as they are in the database, built once per change: a text is
 * checked against the one in memory. The shipped defaults are loaded on the first start; a change
 * made on this node is taken at once, a change made on another within {@code govsite.guard.reload-interval}.
 */
@Component
@DependsOnDatabaseInitialization
public class Dictionaries {

	private final DictionaryStore store;

	private volatile Loaded loaded;

	private record Loaded(long version, Scanner scanner) {
	}

	Dictionaries(DictionaryStore store, TransactionTemplate transactions) {
		this.store = store;
		transactions.executeWithoutResult(status -> {
			if (store.claimDefaults()) {
				DictionaryText.entries(DictionaryText.resource("dictionary.txt")).forEach(entry -> store.save(entry, null));
				DictionaryText.words(DictionaryText.resource("whitelist.txt")).forEach(word -> store.saveWord(word, null));
			}
		});
		this.loaded = load();
	}

	public Scanner scanner() {
		return loaded.scanner();
	}

	/** Rebuilds the scanner if the dictionaries changed since it was built. */
	public void refresh() {
		if (store.version() != loaded.version()) {
			loaded = load();
		}
	}

	private Loaded load() {
		long version = store.version();
		return new Loaded(version, new Scanner(store.entries().stream().map(DictionaryStore.StoredEntry::entry).toList(),
				store.knownWords(), PersonalData.defaults()));
	}

	/** Every node rebuilds its scanner when another changed the dictionaries. */
	@Bean
	static RecurringJob guardReload(Dictionaries dictionaries,
			@Value("${govsite.guard.reload-interval:30s}") Duration interval) {
		return RecurringJob.onEveryNode("guard.reload", "guard.job.reload", interval, dictionaries::refresh);
	}
}
