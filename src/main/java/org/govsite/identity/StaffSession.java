package org.govsite.identity;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.govsite.identity.internal.Credentials;
import org.govsite.identity.internal.SessionAuthentication;
import org.govsite.identity.internal.SignInAudit;
import org.govsite.identity.internal.SignInHandlers;
import org.govsite.identity.internal.StaffUser;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The signed-in console session, for identity's own pages: the second factor (动态口令) a user
 * still owes after the password, and a changed password written into the session. It works on
 * the request's session, so only a page of the console calls it.
 */
@Component
public class StaffSession {

	/** Who passed the password and owes the code; {@code enrolled}: whether their app already has a secret. */
	public record PendingSecondFactor(String username, boolean enrolled) {
	}

	public enum SecondFactorResult {

		/** The session has the second factor; the response already goes on to the page first asked for. */
		PASSED,

		/** The code was wrong; the account is not locked (yet). */
		WRONG,

		/** The code was wrong and the account is now locked. */
		LOCKED

	}

	private final SessionAuthentication session;

	private final Credentials credentials;

	private final SignInAudit audit;

	private final SignInHandlers signIn;

	StaffSession(SessionAuthentication session, Credentials credentials, SignInAudit audit, SignInHandlers signIn) {
		this.session = session;
		this.credentials = credentials;
		this.audit = audit;
		this.signIn = signIn;
	}

	public Optional<PendingSecondFactor> secondFactorPending() {
		if (!session.secondFactorPending()) {
			return Optional.empty();
		}
		return session.current().map(user -> new PendingSecondFactor(user.username(), user.secondFactorEnrolled()));
	}

	/** A new secret for the user's authenticator app; nothing is stored until a code proves it loaded. */
	public String newSecondFactorSecret() {
		return credentials.newSecondFactorSecret();
	}

	/** The secret as a QR code for the authenticator app (a data URL). */
	public String qrCode(String username, String secret) {
		return credentials.qrCode(username, secret);
	}

	/**
	 * Checks the pending user's code: against their secret, or, if they have none yet, against the
	 * secret being enrolled (kept if the code fits). Every outcome is audited.
	 */
	public SecondFactorResult passSecondFactor(String code, @Nullable String enrollingSecret,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		StaffUser user = session.current().orElseThrow(() -> new IllegalStateException("no sign-in is pending"));
		boolean passed;
		StaffUser upgraded = user;
		if (user.secondFactorEnrolled()) {
			passed = credentials.verifySecondFactor(user.accountId(), code, request.getRemoteAddr());
		}
		else {
			passed = enrollingSecret != null && credentials.enrollSecondFactor(user.accountId(), enrollingSecret, code);
			if (passed) {
				credentials.signedIn(user.username(), request.getRemoteAddr());
				audit.secondFactorEnrolled(user.username(), request);
				upgraded = user.withSecondFactorEnrolled();
			}
		}
		if (!passed) {
			audit.secondFactorFailed(user.username(), request);
			return credentials.locked(user.username()) ? SecondFactorResult.LOCKED : SecondFactorResult.WRONG;
		}
		audit.secondFactorPassed(user.username(), request);
		session.addSecondFactor(upgraded, request, response);
		signIn.continueToWork(request, response);
		return SecondFactorResult.PASSED;
	}

	/** Whether the signed-in user must change their password before anything else. */
	public boolean passwordChangeRequired() {
		return session.current().map(StaffUser::passwordChangeRequired).orElse(false);
	}

	/** After the user changed their password: the session no longer asks for a change. */
	public void passwordChanged(HttpServletRequest request, HttpServletResponse response) {
		session.passwordChanged(request, response);
	}

}
