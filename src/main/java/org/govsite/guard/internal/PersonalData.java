package org.govsite.guard.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govsite.guard.FindingLevel;
import org.govsite.platform.ResidentIdNumber;

/**
 * Personal data found by its shape and checked where it has a check: 居民身份证号码 by its check
 * character and date of birth, bank cards by Luhn, mobile numbers by their prefixes, email
 * addresses. Digits must stand alone (no digit or Latin letter right before or after), so a number
 * inside a longer number (a 文号, an order number) is not taken for one. Full-width digits count.
 * <p>
 * A home address is taken by the shape only a dwelling has: a flat (…单元…室/号/户, with or without
 * its building) or a village house (…村…组…号). An office's address (人民路1号, 2号楼105室) is
 * published on purpose in every service guide, so the shapes stop short of it.
 */
public final class PersonalData {

	/** Receives a find; {@code shown} is the text as a finding may show it (masked). */
	@FunctionalInterface
	public interface Finds {

		void found(String kind, FindingLevel level, int start, int end, String shown);
	}

	private static final Pattern EMAIL = Pattern
		.compile("(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

	private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

	private static final String DIGITS = "0123456789一二三四五六七八九十百零〇两";

	private static final String NUMBER = "[" + DIGITS + "]+";

	/** What an address has before its 单元: numbers, a building (栋, 幢, 号楼, 座) and spaces ({@code \\s}). */
	private static final String BEFORE_DWELLING = DIGITS + "栋幢号楼座 \t\n\u000B\f\r";

	private static final Pattern HOME_ADDRESS = Pattern.compile("(?:" + NUMBER + "(?:栋|幢|号楼|座)\\s*)?" + NUMBER
			+ "单元\\s*(" + NUMBER + ")(?:室|号|户)|(?<=\\p{IsHan})村\\s*" + NUMBER + "组\\s*(" + NUMBER + ")号");

	private final FindingLevel idNumbers;

	private final FindingLevel mobiles;

	private final FindingLevel bankCards;

	private final FindingLevel emails;

	private final FindingLevel homeAddresses;

	public PersonalData(FindingLevel idNumbers, FindingLevel mobiles, FindingLevel bankCards, FindingLevel emails,
			FindingLevel homeAddresses) {
		this.idNumbers = idNumbers;
		this.mobiles = mobiles;
		this.bankCards = bankCards;
		this.emails = emails;
		this.homeAddresses = homeAddresses;
	}

	/**
	 * The platform's defaults: an ID number blocks; a mobile number, bank card or home address warns;
	 * an email is noted.
	 */
	public static PersonalData defaults() {
		return new PersonalData(FindingLevel.BLOCK, FindingLevel.WARN, FindingLevel.WARN, FindingLevel.NOTE, FindingLevel.WARN);
	}

	/**
	 * The characters whose places the scan starts from: digits begin numbers, an at sign tells that
	 * an email may be there, 单 and 村 that a dwelling's address may be. The scanner's automaton
	 * reports them as it reads the text ({@link Marks}), so personal data takes no pass of its own.
	 */
	static final String MARKS = "0123456789０１２３４５６７８９@＠单村";

	/** Every find in the text, in a pass of its own. */
	public void scan(String text, Finds finds) {
		Marks marks = new Marks(text);
		for (int i = 0, n = text.length(); i < n; i++) {
			if (MARKS.indexOf(text.charAt(i)) >= 0) {
				marks.marked(i);
			}
		}
		numbersAndEmails(text, marks, finds);
		if (marks.dwellings > 0) {
			Matcher address = HOME_ADDRESS.matcher(TextNormalizer.halfWidth(text));
			while (address.find()) {
				homeAddress(address, finds);
			}
		}
	}

	/**
	 * Every find in the text, starting from the marks noted in it: the same finds as
	 * {@link #scan(String, Finds)}, where a home address is looked for only just before a 单 or 村.
	 */
	public void scan(String text, Marks marks, Finds finds) {
		numbersAndEmails(text, marks, finds);
		if (marks.dwellings == 0) {
			return;
		}
		CharSequence half = TextNormalizer.halfWidthView(text);
		Matcher address = HOME_ADDRESS.matcher(half).useTransparentBounds(true).useAnchoringBounds(false);
		int from = 0;
		for (int d = 0; d < marks.dwellings; d++) {
			int mark = marks.dwellingAt[d];
			if (mark < from) {
				continue;
			}
			// An address holds its 单 or 村 and starts at most at the run of numbers, buildings and spaces
			// right before it: the first start in there that matches is the one a search from the left finds.
			for (int start = Math.max(from, runBefore(half, mark)); start <= mark; start++) {
				address.region(start, half.length());
				if (address.lookingAt()) {
					homeAddress(address, finds);
					from = address.end();
					break;
				}
			}
		}
	}

	/** Where the characters an address may have before its 单 (numbers, 栋, 号楼, spaces) begin, going back from the index. */
	private static int runBefore(CharSequence half, int index) {
		int start = index;
		while (start > 0 && BEFORE_DWELLING.indexOf(half.charAt(start - 1)) >= 0) {
			start--;
		}
		return start;
	}

	private void numbersAndEmails(String text, Marks marks, Finds finds) {
		for (int r = 0; r < marks.runs; r++) {
			number(text, marks.runStarts[r], finds);
		}
		if (marks.at) {
			Matcher email = EMAIL.matcher(TextNormalizer.halfWidth(text));
			while (email.find()) {
				finds.found("email", emails, email.start(), email.end(), email.group());
			}
		}
	}

	private void homeAddress(Matcher address, Finds finds) {
		int door = address.start(1) >= 0 ? 1 : 2;
		String shown = address.group().substring(0, address.start(door) - address.start())
				+ "*".repeat(address.end(door) - address.start(door)) + address.group().substring(address.end(door) - address.start());
		finds.found("home-address", homeAddresses, address.start(), address.end(), shown);
	}

	/**
	 * Where the {@link #MARKS} of one text are, told one by one in the order of the text: the start
	 * of each run of digits, whether an at sign is there at all, and where each 单 and 村 is. One per scan.
	 */
	public static final class Marks {

		private final String text;

		private int[] runStarts = new int[8];

		private int runs;

		private int lastDigit = -2;

		private boolean at;

		private int[] dwellingAt = new int[4];

		private int dwellings;

		public Marks(String text) {
			this.text = text;
		}

		/** A character of {@link #MARKS} is at the index. */
		public void marked(int index) {
			char c = text.charAt(index);
			if (digit(c) >= 0) {
				if (index != lastDigit + 1) {
					if (runs == runStarts.length) {
						runStarts = java.util.Arrays.copyOf(runStarts, runs * 2);
					}
					runStarts[runs++] = index;
				}
				lastDigit = index;
			}
			else if (c == '@' || c == '＠') {
				at = true;
			}
			else {
				if (dwellings == dwellingAt.length) {
					dwellingAt = java.util.Arrays.copyOf(dwellingAt, dwellings * 2);
				}
				dwellingAt[dwellings++] = index;
			}
		}
	}

	/** The run of digits from the start (and an ID number's final X), when it stands alone and its length is one of a number's. */
	private void number(String text, int start, Finds finds) {
		int n = text.length();
		int end = start + 1;
		while (end < n && digit(text.charAt(end)) >= 0) {
			end++;
		}
		if (end - start == 17 && end < n && (text.charAt(end) == 'X' || text.charAt(end) == 'x' || text.charAt(end) == 'Ｘ')) {
			end++;
		}
		if (end - start >= 11 && end - start <= 19 && !isWordCharacter(text, start - 1) && !isWordCharacter(text, end)) {
			number(TextNormalizer.halfWidth(text.substring(start, end)).toUpperCase(java.util.Locale.ROOT), start, end, finds);
		}
	}

	private void number(String digits, int start, int end, Finds finds) {
		if (digits.length() == 18 && ResidentIdNumber.isValid(digits)) {
			finds.found("id-number", idNumbers, start, end, ResidentIdNumber.masked(digits));
		}
		else if (digits.length() == 11 && MOBILE.matcher(digits).matches()) {
			finds.found("mobile", mobiles, start, end, digits.substring(0, 3) + "****" + digits.substring(7));
		}
		else if (digits.length() >= 16 && isLuhnValid(digits)) {
			finds.found("bank-card", bankCards, start, end, masked(digits));
		}
	}

	private static int digit(char c) {
		return c >= '0' && c <= '9' ? c - '0' : c >= '０' && c <= '９' ? c - '０' : -1;
	}

	/** A digit or a Latin letter at the index (none before the start or past the end). */
	private static boolean isWordCharacter(String text, int index) {
		if (index < 0 || index >= text.length()) {
			return false;
		}
		char c = TextNormalizer.normalize(text.charAt(index));
		return c >= '0' && c <= '9' || c >= 'a' && c <= 'z';
	}

	static boolean isLuhnValid(String digits) {
		int sum = 0;
		boolean twice = false;
		for (int i = digits.length() - 1; i >= 0; i--) {
			char c = digits.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
			int d = c - '0';
			if (twice) {
				d *= 2;
				if (d > 9) {
					d -= 9;
				}
			}
			sum += d;
			twice = !twice;
		}
		return sum % 10 == 0;
	}

	private static String masked(String digits) {
		return digits.substring(0, 4) + "*".repeat(digits.length() - 8) + digits.substring(digits.length() - 4);
	}
}
