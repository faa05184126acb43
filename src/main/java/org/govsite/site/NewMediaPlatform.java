package org.govsite.site;

/** Where a 政务新媒体 account is held. */
public enum NewMediaPlatform {
	WECHAT, WEIBO, DOUYIN, KUAISHOU, TOUTIAO, BILIBILI, OTHER
}
