package org.govsite.notification.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The notification module's settings ({@code govsite.notification.*}, documented in application.yaml).
 *
 * @param mailFrom the sender of notification emails (sent only when {@code spring.mail.host} is set)
 */
@ConfigurationProperties("govsite.notification")
public record NotificationProperties(@DefaultValue("govsite@localhost") String mailFrom) {
}
