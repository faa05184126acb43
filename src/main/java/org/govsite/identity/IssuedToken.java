package org.govsite.identity;

/** A new API token, in clear: shown to its holder once, never again. */
public record IssuedToken(long id, String token) {
}
