package org.govsite.calendar;

import java.util.List;

/**
 * One thing wrong with a day of an arrangement that was entered.
 *
 * @param list which list the day was entered in
 * @param position the day's position in that list, from 0
 * @param code message-bundle key of the reason
 * @param arguments the reason's message arguments
 */
public record ArrangementProblem(DayKind list, int position, String code, List<Object> arguments) {

	public ArrangementProblem {
		arguments = List.copyOf(arguments);
	}
}
