package org.govsite.guard;

import java.util.List;

import org.govsite.guard.internal.DictionaryEntry;
import org.govsite.guard.internal.DictionaryStore;
import org.govsite.guard.internal.DictionaryText;
import org.govsite.guard.internal.DictionaryWorkbook;
import org.govsite.guard.internal.Dictionaries;
import org.govsite.guard.internal.FindingStore;
import org.govsite.identity.StaffAccess;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The console's use cases of content security: the dictionaries and the whitelist for the system
 * administrator (import and export as plain text), the findings of the daily scan for each site's
 * managers.
 */
@Service
public class GuardManagement {

	private final DictionaryStore store;

	private final Dictionaries dictionaries;

	private final FindingStore findings;

	private final StaffAccess access;

	private final java.time.Clock clock;

	GuardManagement(DictionaryStore store, Dictionaries dictionaries, FindingStore findings, StaffAccess access,
			java.time.Clock clock) {
		this.clock = clock;
		this.store = store;
		this.dictionaries = dictionaries;
		this.findings = findings;
		this.access = access;
	}

	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public List<GuardEntry> entries() {
		return store.entries().stream()
			.map(stored -> new GuardEntry(stored.id(), stored.entry().category(), stored.entry().level(),
					stored.entry().pattern(), stored.entry().suggestion()))
			.toList();
	}

	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public List<String> knownWords() {
		return store.knownWords();
	}

	/** Adds an entry, or changes the one of that category and pattern. */
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	@Transactional
	public void saveEntry(FindingCategory category, FindingLevel level, String pattern, @Nullable String suggestion) {
		DictionaryEntry entry;
		try {
			entry = new DictionaryEntry(category, level, pattern, suggestion);
		}
		catch (IllegalArgumentException e) {
			throw new GuardRefusal("guard.entry.invalid");
		}
		store.save(entry, access.currentUsername());
		refreshAfterCommit();
	}

	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	@Transactional
	public void deleteEntry(long id) {
		store.delete(id);
		refreshAfterCommit();
	}

	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	@Transactional
	public void saveKnownWord(String word) {
		if (word.isBlank() || word.strip().length() > 50) {
			throw new GuardRefusal("guard.word.invalid");
		}
		store.saveWord(word, access.currentUsername());
		refreshAfterCommit();
	}

	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	@Transactional
	public void deleteKnownWord(String word) {
		store.deleteWord(word);
		refreshAfterCommit();
	}

	/** Adds or changes every entry of a plain-text dictionary; nothing if a line is wrong. Returns the count. */
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	@Transactional
	public int importEntries(String text) {
		List<DictionaryEntry> entries = DictionaryText.entries(text);
		entries.forEach(entry -> store.save(entry, access.currentUsername()));
		refreshAfterCommit();
		return entries.size();
	}

	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	@Transactional
	public int importKnownWords(String text) {
		List<String> words = DictionaryText.words(text);
		words.forEach(word -> store.saveWord(word, access.currentUsername()));
		refreshAfterCommit();
		return words.size();
	}

	/** Imports the first sheet of an Excel workbook (category, level, pattern, suggestion). */
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	@Transactional
	public int importWorkbook(byte[] xlsx) {
		return importEntries(DictionaryWorkbook.asText(xlsx));
	}

	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public byte[] exportWorkbook() {
		return DictionaryWorkbook.write(store.entries().stream().map(DictionaryStore.StoredEntry::entry).toList());
	}

	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public String exportEntries() {
		return DictionaryText.format(store.entries().stream().map(DictionaryStore.StoredEntry::entry).toList());
	}

	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public String exportKnownWords() {
		return String.join("\n", store.knownWords()) + "\n";
	}

	/** The open findings of the daily scan on the sites the user manages (every site for the system administrator). */
	@PreAuthorize("hasAuthority('STAFF')")
	public List<SiteFinding> openFindings() {
		return findings.open().stream().filter(finding -> access.managesSite(finding.siteId())).toList();
	}

	/**
	 * For each site the user manages that had items in the last {@code days} days (today included),
	 * how many were open at the end of each day, by category.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('STAFF')")
	public List<FindingTrend> trends(int days) {
		// the platform's clock runs in its zone: days are the platform's days
		java.time.LocalDate to = java.time.LocalDate.now(clock);
		java.time.LocalDate from = to.minusDays(days - 1L);
		List<java.time.LocalDate> all = from.datesUntil(to.plusDays(1)).toList();
		java.util.Map<Long, java.util.Map<FindingCategory, List<Integer>>> bySite = new java.util.TreeMap<>();
		for (FindingStore.OpenOnDay open : findings.openPerDay(from, to, clock.getZone())) {
			if (!access.managesSite(open.siteId())) {
				continue;
			}
			List<Integer> perDay = bySite.computeIfAbsent(open.siteId(), site -> new java.util.EnumMap<>(FindingCategory.class))
				.computeIfAbsent(open.category(), category -> new java.util.ArrayList<>(java.util.Collections.nCopies(all.size(), 0)));
			perDay.set((int) java.time.temporal.ChronoUnit.DAYS.between(from, open.day()), open.count());
		}
		return bySite.entrySet().stream().map(site -> new FindingTrend(site.getKey(), all, site.getValue())).toList();
	}

	private void refreshAfterCommit() {
		org.springframework.transaction.support.TransactionSynchronizationManager
			.registerSynchronization(new org.springframework.transaction.support.TransactionSynchronization() {
				@Override
				public void afterCommit() {
					dictionaries.refresh();
				}
			});
	}
}
