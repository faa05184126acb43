package org.govsite.identity;

import org.jspecify.annotations.Nullable;

/**
 * A citizen account (公众账号) as the public pages and the modules that keep what citizens wrote
 * see it. Never a staff account: it holds no role and no page of the console accepts it.
 *
 * @param email the address, present only once verified (by link, or by the provider of single sign-on)
 */
public record Citizen(long id, String name, @Nullable String email) implements java.io.Serializable {
}
