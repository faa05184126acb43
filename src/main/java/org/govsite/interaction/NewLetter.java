package org.govsite.interaction;

import org.jspecify.annotations.Nullable;

/**
 * A letter as a citizen writes it. The texts are kept as typed and shown as text, never as markup.
 *
 * @param female whether the writer is shown as 女士 (true), 先生 (false) or 网友 (null)
 * @param idNumber the 居民身份证号码, required where the mailbox needs real names
 * @param publishable whether the writer allows the letter and its reply on the site
 */
public record NewLetter(String name, @Nullable Boolean female, String phone, @Nullable String email,
		@Nullable String idNumber, String subject, String content, boolean publishable) {
}
