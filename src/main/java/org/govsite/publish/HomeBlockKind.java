package org.govsite.publish;

/** A kind of block on a site's home page. */
public enum HomeBlockKind {

	/** The notices standing on the site (opening, offline, migration notices). */
	NOTICES(false),

	/** 头条: the newest item of a channel, large, with its lead. */
	HEADLINE(true),

	/** 图片新闻: the newest items with a picture, as a carousel (pausable, by keyboard, still for reduced motion). */
	PICTURES(true),

	/** Channels' newest items as tabs, one channel at a time. */
	TABS(true),

	/** Channels' newest items side by side, a card each. */
	LISTS(true),

	/** 站群导航: the other sites of the group (the portal's departments; a department's portal and siblings). */
	SITE_GROUP(false);

	private final boolean channels;

	HomeBlockKind(boolean channels) {
		this.channels = channels;
	}

	/** Whether the block shows channels (and needs at least one). */
	public boolean showsChannels() {
		return channels;
	}
}
