package org.govsite.platform;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class FieldCipherTests {

	@TempDir
	Path keys;

	@Test
	void encryptsWithSm4AndReadsBack() {
		FieldCipher cipher = new FieldCipher(new PlatformKeys(keys, new MockEnvironment()));
		String stored = cipher.encrypt("13800138000");
		assertThat(stored).startsWith("sm4gcm:").doesNotContain("13800138000");
		assertThat(cipher.encrypt("13800138000")).as("a fresh nonce each time").isNotEqualTo(stored);
		assertThat(cipher.decrypt(stored)).isEqualTo("13800138000");
	}

	@Test
	void anAlteredValueIsRefused() {
		FieldCipher cipher = new FieldCipher(new PlatformKeys(keys, new MockEnvironment()));
		String stored = cipher.encrypt("110101199001011234");
		char last = stored.charAt(stored.length() - 2);
		String altered = stored.substring(0, stored.length() - 2) + (last == 'A' ? 'B' : 'A') + stored.charAt(stored.length() - 1);
		assertThatIllegalStateException().isThrownBy(() -> cipher.decrypt(altered));
	}
}
