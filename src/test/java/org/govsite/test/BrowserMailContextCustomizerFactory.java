package org.govsite.test;

import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives the browser tests' application a mail server ({@link TestMailServer}), as a platform that
 * mails citizens has, so that a walk-through can follow the link of an email. The same for every
 * {@link BrowserTest}: it adds no context. The integration tests' context keeps none, and with it
 * the behaviour without SMTP that some of them check (links to the log).
 */
class BrowserMailContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
		return AnnotatedElementUtils.hasAnnotation(testClass, BrowserTest.class) ? new Customizer() : null;
	}

	private static final class Customizer implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
			int port = TestMailServer.start();
			context.getEnvironment().getPropertySources().addLast(new MapPropertySource("govsite-test-mail",
					Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", port)));
			context.addApplicationListener(new ApplicationListener<ContextClosedEvent>() {
				@Override
				public void onApplicationEvent(ContextClosedEvent event) {
					TestMailServer.stop();
				}
			});
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Customizer;
		}

		@Override
		public int hashCode() {
			return Customizer.class.hashCode();
		}
	}
}
