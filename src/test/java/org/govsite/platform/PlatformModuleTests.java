package org.govsite.platform;

import org.govsite.identity.StaffAccess;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform module, which every other module may use, boots alone: it depends on none of them.
 * Its field cipher (SM4) works without any other module.
 * <p>
 * Its context is closed after the test: a module's own context runs its schedulers with the real
 * clock, and must not stay in the context cache beside the shared one whose tests set the time.
 */
@ApplicationModuleTest
@DirtiesContext
class PlatformModuleTests {

	@Autowired
	FieldCipher cipher;

	@Autowired
	ApplicationContext context;

	@Test
	void bootsAlone() {
		assertThat(cipher.decrypt(cipher.encrypt("联系电话 13800000000"))).isEqualTo("联系电话 13800000000");
		assertThat(context.getBeanNamesForType(StaffAccess.class)).as("identity is not booted").isEmpty();
	}
}
