package org.govsite.audit.internal;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The audit trail's settings.
 *
 * @param chainKey the key of the hash chain, base64 of at least 32 bytes; when blank, a key is
 *        generated once into {@code <data-dir>/keys/audit-chain.key}
 */
@ConfigurationProperties("govsite.audit")
record AuditProperties(@Nullable String chainKey) {
}
