package org.govsite.jobs;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Job types of the tests: one that fails twice before it works, one that never works. */
@Configuration(proxyBeanMethods = false)
class TestJobs {

	/** Runs of each instance, by instance id. */
	static final Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();

	@Bean
	JobType flakyJob() {
		return new JobType("test.flaky", "jobs.title", 5, Duration.ofMillis(100), data -> {
			if (runs.computeIfAbsent(data, d -> new AtomicInteger()).incrementAndGet() < 3) {
				throw new IllegalStateException("还没准备好：" + data);
			}
		});
	}

	@Bean
	JobType brokenJob() {
		return new JobType("test.broken", "jobs.title", 2, Duration.ofMillis(100), data -> {
			runs.computeIfAbsent(data, d -> new AtomicInteger()).incrementAndGet();
			throw new IllegalStateException("磁盘已满：" + data);
		});
	}

	static int runsOf(String data) {
		AtomicInteger count = runs.get(data);
		return count == null ? 0 : count.get();
	}
}
