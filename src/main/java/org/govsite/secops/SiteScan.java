package org.govsite.secops;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A serving site and its last scan ({@code null}: never scanned). */
public record SiteScan(long siteId, String siteName, @Nullable String siteCode, @Nullable LocalDate lastScan) {
}
