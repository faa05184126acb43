package org.govsite.channel;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/** The update rules documented in application.yaml bind, and are the ones SPEC.md implies. */
@IntegrationTest
class ChannelSettingsTests {

	@Autowired
	Environment environment;

	@Autowired
	ChannelManagement channels;

	@Test
	void theDocumentedDefaultsBindAndMatchTheBuiltInRules() {
		Map<ChannelKind, UpdateRule> documented = Binder.get(environment)
			.bind("govsite.channel.update-rules", Bindable.mapOf(ChannelKind.class, UpdateRule.class))
			.get();

		Map<ChannelKind, UpdateRule> builtIn = Arrays.stream(ChannelKind.values())
			.collect(Collectors.toMap(Function.identity(), ChannelKind::builtInRule));
		assertThat(documented).isEqualTo(builtIn);
		Arrays.stream(ChannelKind.values())
			.forEach(kind -> assertThat(channels.defaultRule(kind)).isEqualTo(documented.get(kind)));
	}
}
