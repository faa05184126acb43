package org.govsite.content;

/** Where something was released before or besides the website. */
public enum OutsideReleaseKind {

	/** A post of a 政务新媒体 account (WeChat, Weibo, Douyin ...). */
	NEW_MEDIA,

	/** A press release or press conference. */
	PRESS_RELEASE,

	/** Television, radio or a newspaper. */
	BROADCAST
}
