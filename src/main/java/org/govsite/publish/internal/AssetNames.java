package org.govsite.publish.internal;

/**
 * The theme's files as published, each name carrying a hash of its content
 * ({@code assets/site.3f9a1c2b7d.css}), so that browsers may keep them for a year.
 */
public record AssetNames(String css, String js, String emblem, String badge) {
}
