package org.govsite.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PlatformKeysTests {

	@TempDir
	Path data;

	@Test
	void generatesAKeyFileOnlyTheOwnerMayReadAndKeepsIt() throws Exception {
		Path keys = data.resolve("keys");
		byte[] first = new PlatformKeys(keys, new MockEnvironment()).key("audit-chain", 32, "  ");
		Path file = keys.resolve("audit-chain.key");
		assertThat(first).hasSize(32);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys))).isEqualTo("rwx------");
		assertThat(new PlatformKeys(keys, new MockEnvironment()).key("audit-chain", 32, null)).as("read back after a restart")
			.isEqualTo(first);
		try (var entries = Files.list(keys)) {
			assertThat(entries).containsExactly(file);
		}
	}

	@Test
	void aConfiguredKeyWinsAndMayBeLonger() {
		byte[] configured = new byte[40];
		configured[0] = 42;
		assertThat(new PlatformKeys(data.resolve("keys"), new MockEnvironment())
			.key("audit-chain", 32, Base64.getEncoder().encodeToString(configured))).isEqualTo(configured);
		assertThat(data.resolve("keys")).doesNotExist();
	}

	@Test
	void keysComeFromTheEnvironmentByName() {
		byte[] configured = new byte[16];
		configured[3] = 7;
		MockEnvironment environment = new MockEnvironment().withProperty("govsite.keys.field-encryption",
				Base64.getEncoder().encodeToString(configured));
		assertThat(new PlatformKeys(data.resolve("keys"), environment).key("field-encryption", 16)).isEqualTo(configured);
	}

	@Test
	void aBadKeyStopsTheStart() {
		PlatformKeys keys = new PlatformKeys(data.resolve("keys"), new MockEnvironment());
		assertThatIllegalStateException().isThrownBy(() -> keys.key("a", 32, "not base64!")).withMessageContaining("Base64");
		assertThatIllegalStateException().isThrownBy(() -> keys.key("b", 32, Base64.getEncoder().encodeToString(new byte[8])))
			.withMessageContaining("at least 32 bytes");
	}
}
