package org.govsite.publish;

/** A kind of block on a site's home page. */
public enum HomeBlockKind {

	/** The notices standing on the site (opening, offline, migration notices). */
	NOTICES(Channels.NONE),

	/** 头条: the newest item of a channel, large, with its lead. */
	HEADLINE(Channels.REQUIRED),

	/** 图片新闻: the newest items with a picture, as a carousel (pausable, by keyboard, still for reduced motion). */
	PICTURES(Channels.REQUIRED),

	/** Channels' newest items as tabs, one channel at a time. */
	TABS(Channels.REQUIRED),

	/** Channels' newest items side by side, a card each. */
	LISTS(Channels.REQUIRED),

	/** 政务公开: the entries of the disclosure channels (指南, 制度, 法定主动公开内容, 年报 …), a link each. */
	DISCLOSURE(Channels.REQUIRED),

	/** 办事服务: the service channels' entries, each with an icon. */
	SERVICES(Channels.REQUIRED),

	/**
	 * 互动交流: the site's open mailboxes (a letter to each), following a letter and the published
	 * replies; then the entries of the interaction channels chosen (在线访谈, 征集调查 …), if any.
	 */
	INTERACTION(Channels.OPTIONAL),

	/** 专题: a banner for each special topic of the channels chosen, with its picture, leading to its topic page. */
	TOPICS(Channels.REQUIRED),

	/** 站群导航: the other sites of the group (the portal's departments; a department's portal and siblings). */
	SITE_GROUP(Channels.NONE);

	/** Whether a block draws on channels the manager chooses. */
	private enum Channels {
		NONE, OPTIONAL, REQUIRED
	}

	private final Channels channels;

	HomeBlockKind(Channels channels) {
		this.channels = channels;
	}

	/** Whether the block shows channels (and needs at least one). */
	public boolean showsChannels() {
		return channels == Channels.REQUIRED;
	}

	/** Whether the block shows the channels chosen for it, if any (required or not). */
	public boolean takesChannels() {
		return channels != Channels.NONE;
	}
}
