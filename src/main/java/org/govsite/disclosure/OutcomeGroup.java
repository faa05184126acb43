package org.govsite.disclosure;

/** The groups of rows of the annual report's 办理结果 (section 三, 2021 format). */
public enum OutcomeGroup {

	/** （一）予以公开 */
	DISCLOSED,

	/** （二）部分公开 */
	PARTLY_DISCLOSED,

	/** （三）不予公开 */
	NOT_DISCLOSED,

	/** （四）无法提供 */
	UNAVAILABLE,

	/** （五）不予处理 */
	NOT_PROCESSED,

	/** （六）其他处理 */
	OTHER
}
