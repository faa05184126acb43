package org.govsite.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.govsite.identity.internal.CitizenContexts;
import org.govsite.identity.internal.CitizenLimits;
import org.govsite.identity.internal.CitizenMail;
import org.govsite.identity.internal.CitizenProperties;
import org.govsite.identity.internal.CitizenStore;
import org.govsite.identity.internal.Credentials;
import org.govsite.platform.FieldCipher;
import org.govsite.platform.PlatformKeys;
import org.jspecify.annotations.Nullable;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Citizen accounts (公众账号): optional registration with an email verified by link, the staff's
 * password rules, sign-in and sign-out on the public pages, and what the citizen wrote in one
 * place. Email and name are sealed with SM4; the email is found by a keyed digest, which the
 * modules keeping citizens' items store beside theirs so that an account may claim them.
 */
@Component
@Transactional
public class CitizenAccounts {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

	private static final int MAX_NAME = 40;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final CitizenStore store;

	private final CitizenContexts contexts;

	private final CitizenLimits limits;

	private final CitizenMail mail;

	private final CitizenProperties properties;

	private final Credentials credentials;

	private final PasswordEncoder encoder;

	private final FieldCipher cipher;

	private final List<CitizenRecords> records;

	private final Clock clock;

	private final byte[] digestKey;

	private final String unknownHash;

	CitizenAccounts(CitizenStore store, CitizenContexts contexts, CitizenLimits limits, CitizenMail mail,
			CitizenProperties properties, Credentials credentials, PasswordEncoder encoder, FieldCipher cipher,
			List<CitizenRecords> records, PlatformKeys keys, Clock clock) {
		this.store = store;
		this.contexts = contexts;
		this.limits = limits;
		this.mail = mail;
		this.properties = properties;
		this.credentials = credentials;
		this.encoder = encoder;
		this.cipher = cipher;
		this.records = records;
		this.clock = clock;
		this.digestKey = keys.key("citizen-email-digest", 32);
		// compared against when the email is unknown, so that the answer takes as long either way
		this.unknownHash = encoder.encode("no such citizen " + RANDOM.nextLong());
	}

	/**
	 * Registers an account and emails its verification link. Every refusal names its reason and
	 * stores nothing. An address already registered gets the same answer (a new link while it is
	 * not verified), so that the form tells no one which addresses have accounts.
	 */
	public void register(String email, String name, String password, String confirmation, String address) {
		if (!limits.tryRegistration(address)) {
			throw new CitizenRefused(429, "identity.citizen.tooMany");
		}
		String mailbox = email(email);
		String shown = name(name);
		if (!password.equals(confirmation)) {
			throw new CitizenRefused(400, "identity.citizen.confirmationDiffers");
		}
		List<String> broken = credentials.ruleViolations(mailbox, password);
		if (!broken.isEmpty()) {
			throw new CitizenRefused(400, broken.getFirst());
		}
		String digest = emailDigest(mailbox);
		Optional<CitizenStore.Row> existing = store.byEmail(digest);
		if (existing.isPresent()) {
			if (!existing.get().emailVerified()) {
				sendLink(existing.get().id(), mailbox);
			}
			return;
		}
		long id = store.insert(cipher.encrypt(mailbox), digest, false, cipher.encrypt(shown), encoder.encode(password), null,
				null, clock.instant());
		sendLink(id, mailbox);
	}

	/** Takes a verification link (once); the account it verified. */
	public Citizen verify(String token) {
		if (token.isBlank() || token.length() > 100) {
			throw new CitizenRefused(400, "identity.citizen.linkInvalid");
		}
		long id = store.takeVerification(sha256(token), clock.instant())
			.orElseThrow(() -> new CitizenRefused(400, "identity.citizen.linkInvalid"));
		store.verified(id, clock.instant());
		return citizen(store.byId(id).orElseThrow());
	}

	/** Checks email and password, within the limits on attempts; the account, verified. */
	@Transactional(noRollbackFor = CitizenRefused.class)
	public Citizen signIn(String email, String password, String address) {
		String mailbox = email.strip().toLowerCase(Locale.ROOT);
		String digest = emailDigest(mailbox);
		if (!limits.trySignIn(address, digest)) {
			throw new CitizenRefused(429, "identity.citizen.tooMany");
		}
		Optional<CitizenStore.Row> row = store.byEmail(digest);
		String hash = row.map(CitizenStore.Row::passwordHash).orElse(null);
		boolean matches = encoder.matches(password, hash == null ? unknownHash : hash);
		if (row.isEmpty() || hash == null || !matches) {
			throw new CitizenRefused(401, "identity.citizen.badCredentials");
		}
		if (!row.get().emailVerified()) {
			throw new CitizenRefused(403, "identity.citizen.notVerified");
		}
		store.signedIn(row.get().id(), clock.instant());
		return citizen(row.get());
	}

	/** The account of the citizen signed in on the current request, if any. */
	@Transactional(readOnly = true)
	public Optional<Citizen> current() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return contexts.of(attributes.getRequest());
		}
		return Optional.empty();
	}

	public void start(Citizen citizen, HttpServletRequest request, HttpServletResponse response) {
		contexts.start(citizen, request, response);
	}

	public void end(HttpServletRequest request) {
		contexts.end(request);
	}

	/** What the citizen wrote, from every module that keeps citizens' items, newest first. */
	@Transactional(readOnly = true)
	public List<CitizenItem> items(Citizen citizen) {
		List<CitizenItem> all = new ArrayList<>();
		records.forEach(source -> all.addAll(source.of(citizen.id())));
		all.sort(Comparator.comparing(CitizenItem::at).reversed());
		return all;
	}

	/**
	 * Gives the account what was written without one under its verified email, also before the
	 * digests were kept (each module fills those from its sealed addresses first); how many items.
	 */
	public int claim(Citizen citizen) {
		String email = citizen.email();
		if (email == null) {
			throw new CitizenRefused(403, "identity.citizen.noVerifiedEmail");
		}
		String digest = emailDigest(email);
		return records.stream().mapToInt(source -> source.claim(citizen.id(), digest)).sum();
	}

	/** The keyed digest of an email, lower-cased, as every module stores it beside a sealed address. */
	public String emailDigest(String email) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(digestKey, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(email.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * The {@link #emailDigest(String) digest} of a sealed address kept before digests were, or ""
	 * when it holds no email or the platform's key no longer opens it (so that it is not looked at
	 * again and matches no account).
	 */
	public String sealedEmailDigest(String sealed) {
		try {
			String plain = cipher.decrypt(sealed).strip();
			return EMAIL.matcher(plain.toLowerCase(Locale.ROOT)).matches() ? emailDigest(plain) : "";
		}
		catch (RuntimeException unreadable) {
			return "";
		}
	}

	/** What the sign-in page calls the provincial sign-on, when it is configured. */
	public Optional<String> singleSignOn() {
		return properties.sso().enabled() ? Optional.of(properties.sso().name()) : Optional.empty();
	}

	private void sendLink(long id, String email) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		store.verification(sha256(token), id, clock.instant().plus(properties.verificationValidity()));
		mail.verification(email, properties.publicUrl().replaceAll("/+$", "") + "/citizen/verify?token=" + token);
	}

	Citizen citizen(CitizenStore.Row row) {
		String email = row.emailVerified() && row.sealedEmail() != null ? cipher.decrypt(row.sealedEmail()) : null;
		return new Citizen(row.id(), cipher.decrypt(row.sealedName()), email);
	}

	private static String email(@Nullable String typed) {
		String email = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
		if (email.length() > 200 || !EMAIL.matcher(email).matches() || email.chars().anyMatch(Character::isISOControl)) {
			throw new CitizenRefused(400, "identity.citizen.emailInvalid");
		}
		return email;
	}

	static String name(@Nullable String typed) {
		String name = typed == null ? "" : typed.strip();
		if (name.isEmpty() || name.codePointCount(0, name.length()) > MAX_NAME
				|| name.codePoints().anyMatch(Character::isISOControl)) {
			throw new CitizenRefused(400, "identity.citizen.nameInvalid");
		}
		return name;
	}

	private static String sha256(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
