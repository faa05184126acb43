package org.govsite.audit.internal;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

/**
 * Signs chain heads with the installation's SM2 key (商用密码, with SM3), generated once into
 * {@code <data-dir>/keys/audit-head-signing.key}. The signature tells the audit administrator that
 * a head they hold came from this platform; what detects a re-signed chain is that they hold it.
 */
public final class HeadSigner {

	private static final X9ECParameters CURVE = GMNamedCurves.getByName("sm2p256v1");

	private static final ECDomainParameters DOMAIN = new ECDomainParameters(CURVE.getCurve(), CURVE.getG(), CURVE.getN(), CURVE.getH());

	private final ECPrivateKeyParameters privateKey;

	private final ECPublicKeyParameters publicKey;

	private final String keyId;

	private final SecureRandom random = new SecureRandom();

	/** From 32 random bytes: the private scalar is taken into [1, n-1]. */
	public HeadSigner(byte[] seed) {
		if (seed.length < 32) {
			throw new IllegalArgumentException("The head signing key needs 32 bytes");
		}
		BigInteger d = new BigInteger(1, seed).mod(CURVE.getN().subtract(BigInteger.ONE)).add(BigInteger.ONE);
		this.privateKey = new ECPrivateKeyParameters(d, DOMAIN);
		ECPoint q = new FixedPointCombMultiplier().multiply(CURVE.getG(), d).normalize();
		this.publicKey = new ECPublicKeyParameters(q, DOMAIN);
		this.keyId = HexFormat.of().formatHex(Arrays.copyOf(sm3(q.getEncoded(false)), 8));
	}

	/** Identifies the key pair: the first 8 bytes of the SM3 digest of the public key, in hex. */
	public String keyId() {
		return keyId;
	}

	/** The public key, an uncompressed SM2 point in hex, for checking a head elsewhere. */
	public String publicKeyHex() {
		return HexFormat.of().formatHex(publicKey.getQ().getEncoded(false));
	}

	/** The DER signature, Base64. */
	public String sign(byte[] content) {
		SM2Signer signer = new SM2Signer();
		signer.init(true, new ParametersWithRandom(privateKey, random));
		signer.update(content, 0, content.length);
		try {
			return Base64.getEncoder().encodeToString(signer.generateSignature());
		}
		catch (CryptoException e) {
			throw new IllegalStateException("Could not sign the audit chain head", e);
		}
	}

	public boolean verify(byte[] content, String signature) {
		byte[] der;
		try {
			der = Base64.getDecoder().decode(signature);
		}
		catch (IllegalArgumentException e) {
			return false;
		}
		SM2Signer signer = new SM2Signer();
		signer.init(false, publicKey);
		signer.update(content, 0, content.length);
		return signer.verifySignature(der);
	}

	private static byte[] sm3(byte[] input) {
		SM3Digest digest = new SM3Digest();
		digest.update(input, 0, input.length);
		byte[] out = new byte[digest.getDigestSize()];
		digest.doFinal(out, 0);
		return out;
	}
}
