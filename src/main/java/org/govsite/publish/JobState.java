package org.govsite.publish;

/** Where a publish job stands. */
public enum JobState {

	/** Waiting for a worker (or for its next try). */
	QUEUED,

	RUNNING,

	DONE,

	/** Failed on every try: reported on the 工作台. */
	FAILED
}
