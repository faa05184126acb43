package org.govsite.servicecatalog;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An application (办件) as the status query shows it: nothing that names the applicant.
 *
 * @param number 受理号, the application number
 * @param item the service item's name
 * @param siteCode the 标识码 of the site whose catalogue offers the item, if known
 * @param target whether a person or a legal person applied
 * @param state its state in words (已受理, 办理中, 已办结 …) as the 政务服务 system gives it
 * @param acceptedOn 受理日期
 * @param finishedOn 办结日期, once finished
 * @param online whether it was handled online (网上办理)
 */
public record CaseStatus(String number, String item, @Nullable String siteCode, ServiceTarget target, String state,
		LocalDate acceptedOn, @Nullable LocalDate finishedOn, boolean online) {
}
