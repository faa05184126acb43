package org.govsite.channel.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.govsite.channel.ChannelDetails;
import org.govsite.channel.ChannelKind;
import org.jspecify.annotations.Nullable;

/** Builds saved-looking channels for tests of the tree rules, without a database. */
final class Channels {

	static final long SITE = 7;

	static final Instant CREATED = Instant.parse("2026-03-02T01:00:00Z");

	private final List<Channel> all = new ArrayList<>();

	private long nextId = 100;

	/** A saved, visible channel with the given code, last among its parent's children. */
	Channel add(@Nullable Long parentId, String code) {
		int position = (int) all.stream().filter(c -> java.util.Objects.equals(c.parentId(), parentId)).count() + 1;
		Channel channel = new Channel(nextId++, SITE, parentId, "栏目" + code, code, ChannelKind.NEWS, null, "县政府办公室",
				"张三", null, null, null, position, true, null, CREATED);
		all.add(channel);
		return channel;
	}

	Channel add(Channel parent, String code) {
		return add(parent.id(), code);
	}

	ChannelTree tree() {
		return ChannelTree.of(SITE, all);
	}

	static ChannelDetails details(String code) {
		return ChannelDetails.of("栏目" + code, code, ChannelKind.NOTICE, "县政府办公室", "李四");
	}

	static Channel fresh(String code) {
		return Channel.create(SITE, details(code), CREATED);
	}
}
