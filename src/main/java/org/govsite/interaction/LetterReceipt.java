package org.govsite.interaction;

import java.time.LocalDate;

/** What a writer gets at once: the code to follow the letter with, and the day it is answered by. */
public record LetterReceipt(String queryCode, LocalDate replyBy) {
}
