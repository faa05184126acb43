package org.govsite.publish.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The tamper protection settings ({@code govsite.publish.tamper.*}, documented in {@code application.yaml}).
 *
 * @param enabled whether the published folders are watched and restored
 * @param checkEvery how often the files the file system reported changed are compared with the manifest
 * @param sweepEvery how often every published file of every site is compared with the manifest,
 *        for what the file system did not report (another machine's writes, an overflow of events)
 */
@ConfigurationProperties("govsite.publish.tamper")
public record TamperProperties(@DefaultValue("true") boolean enabled, @DefaultValue("5s") Duration checkEvery,
		@DefaultValue("10m") Duration sweepEvery) {
}
