package org.govsite.audit.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ChainKeysTests {

	@TempDir
	Path data;

	@Test
	void generatesAKeyFileOnlyTheOwnerMayReadAndKeepsIt() throws Exception {
		Path keys = data.resolve("keys");
		byte[] first = ChainKeys.load(null, keys);
		Path file = keys.resolve(ChainKeys.FILE_NAME);
		assertThat(first).hasSize(32);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys))).isEqualTo("rwx------");
		assertThat(ChainKeys.load("  ", keys)).isEqualTo(first);
		try (var entries = Files.list(keys)) {
			assertThat(entries).containsExactly(file);
		}
	}

	@Test
	void theConfiguredKeyWins() {
		byte[] configured = new byte[40];
		configured[0] = 42;
		assertThat(ChainKeys.load(Base64.getEncoder().encodeToString(configured), data.resolve("keys")))
			.isEqualTo(configured);
		assertThat(data.resolve("keys")).doesNotExist();
	}

	@Test
	void aKeyThatIsNotBase64StopsTheStart() {
		assertThatIllegalStateException().isThrownBy(() -> ChainKeys.load("not base64!", data))
			.withMessageContaining("govsite.audit.chain-key");
	}
}
