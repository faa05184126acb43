package org.govsite.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock the tests can set and move; {@link #reset()} returns it to the real time. */
public final class TestClock extends Clock {

	public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private volatile Instant fixed;

	@Override
	public ZoneId getZone() {
		return CHINA;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("The platform's clock is always China Standard Time");
	}

	@Override
	public Instant instant() {
		Instant at = fixed;
		return at == null ? Instant.now() : at;
	}

	/** Stops time at the given local date-time (China Standard Time). */
	public void setTo(LocalDateTime localTime) {
		fixed = localTime.atZone(CHINA).toInstant();
	}

	public void advance(Duration duration) {
		fixed = instant().plus(duration);
	}

	public void reset() {
		fixed = null;
	}
}
