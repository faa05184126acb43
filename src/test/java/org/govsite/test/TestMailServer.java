package org.govsite.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The SMTP server of the browser tests' application (GreenMail, in the test's process, on
 * loopback, on a free port): what the application mails a citizen lands here for the test to read.
 * {@link BrowserMailContextCustomizerFactory} starts it with that context and stops it when the
 * context closes. Tests tell their mails apart by address, so none needs emptying it.
 */
public final class TestMailServer {

	private static GreenMail server;

	private TestMailServer() {
	}

	static synchronized int start() {
		if (server == null) {
			server = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			server.start();
		}
		return server.getSmtp().getPort();
	}

	static synchronized void stop() {
		if (server != null) {
			server.stop();
			server = null;
		}
	}

	/** Waits (at most the timeout) for a message to the address that passes the test, and answers it. */
	public static MimeMessage await(String address, Predicate<MimeMessage> test, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			Optional<MimeMessage> found = Arrays.stream(received()).filter(message -> to(message, address)).filter(test).findFirst();
			if (found.isPresent()) {
				return found.get();
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("No email to " + address + " within " + timeout);
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError(e);
			}
		}
	}

	/** The body of a plain-text message, decoded. */
	public static String text(MimeMessage message) {
		try {
			return message.getContent().toString();
		}
		catch (IOException | MessagingException e) {
			throw new AssertionError(e);
		}
	}

	public static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException e) {
			throw new AssertionError(e);
		}
	}

	private static synchronized MimeMessage[] received() {
		return server == null ? new MimeMessage[0] : server.getReceivedMessages();
	}

	private static boolean to(MimeMessage message, String address) {
		try {
			Address[] recipients = message.getAllRecipients();
			return recipients != null && Arrays.stream(recipients).anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
		}
		catch (MessagingException e) {
			throw new AssertionError(e);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
