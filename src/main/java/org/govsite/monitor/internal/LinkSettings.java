package org.govsite.monitor.internal;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How links are checked ({@code govsite.monitor.links.*}, documented in application.yaml). */
@ConfigurationProperties("govsite.monitor.links")
public record LinkSettings(@DefaultValue("true") boolean outbound, @DefaultValue("1s") Duration perHostPause,
		@DefaultValue("16") int concurrency, @DefaultValue List<String> dangerousDomains) {
}
