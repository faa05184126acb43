package org.govsite.audit;

/**
 * The installation's key for signing chain heads, as the audit administrator notes it down.
 *
 * @param id the start of the SM3 digest of the public key, named in every signed head
 * @param publicKey the SM2 public key, an uncompressed point in hex
 */
public record HeadSigningKey(String id, String publicKey) {
}
