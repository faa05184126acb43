package org.govsite.interaction;

/** An interview announced (预告), on air, over (questions left are answered within 5 wd), archived. */
public enum InterviewState {
	SCHEDULED, LIVE, ENDED, ARCHIVED
}
