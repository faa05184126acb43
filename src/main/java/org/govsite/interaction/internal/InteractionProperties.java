package org.govsite.interaction.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The letters' settings ({@code govsite.interaction.*}, documented in {@code application.yaml}).
 *
 * @param lettersPerHourPerAddress letters one address may send an hour
 * @param lettersPerDayPerPhone letters one phone number may send a day
 * @param challengeBits the proof of work a form must solve: leading zero bits of a SHA-256
 * @param maxContentChars the longest letter
 * @param checkAt when the daily check for overdue and three-month letters runs
 * @param maxAttachments how many files a letter may carry
 * @param maxAttachmentSize the largest file a letter may carry
 * @param retention how long the personal data of a letter or error report is kept once it is closed
 * @param retentionAt when the daily removal of personal data past its retention runs
 * @param digestAt when the daily digest of new publications goes to the subscribers who take one
 */
@ConfigurationProperties("govsite.interaction")
public record InteractionProperties(@DefaultValue("10") int lettersPerHourPerAddress,
		@DefaultValue("5") int lettersPerDayPerPhone, @DefaultValue("16") int challengeBits,
		@DefaultValue("5000") int maxContentChars, @DefaultValue("07:40") java.time.LocalTime checkAt,
		@DefaultValue("3") int maxAttachments, @DefaultValue("5MB") org.springframework.util.unit.DataSize maxAttachmentSize,
		@DefaultValue("P3Y") java.time.Period retention, @DefaultValue("03:10") java.time.LocalTime retentionAt,
		@DefaultValue("07:00") java.time.LocalTime digestAt) {
}
