package org.govsite.platform.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads that deliver the modules' events to their listeners ({@code @ApplicationModuleListener}).
 * With virtual threads on, Spring Boot's default starts a thread for every delivery: at 2,000 sites a
 * group's full publish delivered about a thousand at once, each wanting a database connection, and
 * the pool's ten were gone for everyone (the publish worker and the scheduler gave up after 30 s).
 * A few threads with a queue deliver them all, in turn; an event not yet delivered is still in the
 * event publication registry, so a restart loses none.
 */
@Configuration(proxyBeanMethods = false)
class EventListenerThreads {

	@Bean(name = { "applicationTaskExecutor", "taskExecutor" })
	ThreadPoolTaskExecutor applicationTaskExecutor(@Value("${govsite.events.threads:4}") int threads) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(threads);
		executor.setMaxPoolSize(threads);
		executor.setThreadNamePrefix("event-");
		executor.setAcceptTasksAfterContextClose(false);
		return executor;
	}
}
