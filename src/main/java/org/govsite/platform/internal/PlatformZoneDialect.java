package org.govsite.platform.internal;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import org.thymeleaf.expression.Temporals;

import org.springframework.stereotype.Component;

/**
 * The console's {@code #temporals} in the platform's zone (the clock's) instead of the server's:
 * Thymeleaf's own formats an {@code Instant} in the JVM's default zone, so a server running on UTC
 * showed publish jobs, password changes and link expiries eight hours off the audit trail. Thymeleaf
 * asks the dialects added last first, so this one replaces the standard expression object.
 */
@Component
class PlatformZoneDialect extends AbstractDialect implements IExpressionObjectDialect {

	private static final String TEMPORALS = "temporals";

	private final ZoneId zone;

	PlatformZoneDialect(Clock clock) {
		super("govsite-zone");
		this.zone = clock.getZone();
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(TEMPORALS);
			}

			@Override
			public @Nullable Object buildObject(IExpressionContext context, String expressionObjectName) {
				return TEMPORALS.equals(expressionObjectName) ? new Temporals(context.getLocale(), zone) : null;
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}
		};
	}
}
