package org.govsite.content.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The reprint clock's settings ({@code govsite.content.reprint.*}, documented in application.yaml).
 *
 * @param within how long a site has to reprint an upper-level policy: calendar hours, not working days
 * @param checkInterval how often the watched feeds are read
 */
@ConfigurationProperties("govsite.content.reprint")
public record ReprintSettings(@DefaultValue("12h") Duration within, @DefaultValue("15m") Duration checkInterval) {
}
