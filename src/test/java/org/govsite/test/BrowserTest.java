package org.govsite.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A walk through the console in a real Chromium (Playwright), against the application on a random
 * port. Browser tests share one Spring context on a database of their own, which starts as a new
 * installation: no administrator until the setup walk-through creates them. The publish worker runs,
 * as in production, so pages appear on their own. Cases (办件查询) come from a loopback feed
 * ({@link TestCaseFeed}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "govsite.publish.worker=true")
@Import({ TestClockConfiguration.class, TestCaseFeed.class })
@ExtendWith(Browser.class)
@Tag("browser")
@Tag("database")
public @interface BrowserTest {
}
