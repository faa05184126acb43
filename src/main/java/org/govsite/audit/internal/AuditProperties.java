package org.govsite.audit.internal;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The audit trail's settings.
 *
 * @param chainKey the key of the hash chain, base64 of at least 32 bytes; when blank, a key is
 *        generated once into {@code <data-dir>/keys/audit-chain.key}
 * @param headInterval how often the chain head is signed and exported, when the trail has grown
 */
@ConfigurationProperties("govsite.audit")
record AuditProperties(@Nullable String chainKey, @DefaultValue("1h") Duration headInterval) {
}
