package org.govsite.channel.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

import org.govsite.channel.ChannelDetails;
import org.govsite.channel.ChannelKind;
import org.govsite.channel.ChannelRuleViolation;
import org.govsite.channel.UpdateRule;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A channel (栏目) of a site. Its own facts change through {@link #edit}, {@link #hide},
 * {@link #show}, {@link #archive} and {@link #restore}; its place in the tree (parent and position)
 * only through {@link ChannelTree}, which knows the siblings and ancestors that the rules concern.
 */
@Table("channel")
public class Channel {

	/** Lower-case letters and digits, single hyphens between them: safe in every URL and file system. */
	static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	static final int CODE_MAX_LENGTH = 40;

	@Id
	private @Nullable Long id;

	private final long siteId;

	private @Nullable Long parentId;

	private String name;

	private String code;

	private ChannelKind kind;

	/** The channel's own rule in its text form; {@code null} follows the kind's default. */
	private @Nullable String updateRule;

	private String responsibleUnit;

	private String responsiblePerson;

	/** In its stored form: the service encrypts it before it reaches the channel. */
	private @Nullable String responsiblePhone;

	private @Nullable String description;

	private @Nullable String keywords;

	/** 1-based place among the siblings; dense, kept so by {@link ChannelTree}. */
	private int position;

	private boolean visible;

	private @Nullable LocalDate archivedOn;

	private final Instant createdAt;

	@PersistenceCreator
	Channel(@Nullable Long id, long siteId, @Nullable Long parentId, String name, String code, ChannelKind kind,
			@Nullable String updateRule, String responsibleUnit, String responsiblePerson,
			@Nullable String responsiblePhone, @Nullable String description, @Nullable String keywords, int position,
			boolean visible, @Nullable LocalDate archivedOn, Instant createdAt) {
		this.id = id;
		this.siteId = siteId;
		this.parentId = parentId;
		this.name = name;
		this.code = code;
		this.kind = kind;
		this.updateRule = updateRule;
		this.responsibleUnit = responsibleUnit;
		this.responsiblePerson = responsiblePerson;
		this.responsiblePhone = responsiblePhone;
		this.description = description;
		this.keywords = keywords;
		this.position = position;
		this.visible = visible;
		this.archivedOn = archivedOn;
		this.createdAt = createdAt;
	}

	/**
	 * A new, visible channel, not yet in the tree: {@link ChannelTree#add} gives it its parent and
	 * position.
	 */
	static Channel create(long siteId, ChannelDetails details, Instant now) {
		Channel channel = new Channel(null, siteId, null, "", "", details.kind(), null, "", "", null, null, null, 0,
				true, null, now);
		channel.edit(details);
		return channel;
	}

	/** Replaces what the editor decides; the code's uniqueness among siblings is the tree's to check. */
	void edit(ChannelDetails details) {
		String newName = required(details.name(), "channel.name.required");
		String newCode = details.code().strip();
		if (newCode.length() > CODE_MAX_LENGTH || !CODE.matcher(newCode).matches()) {
			throw new ChannelRuleViolation("channel.code.invalid", newCode);
		}
		String unit = required(details.responsibleUnit(), "channel.responsible.required");
		String person = required(details.responsiblePerson(), "channel.responsible.required");
		this.name = newName;
		this.code = newCode;
		this.kind = details.kind();
		this.updateRule = details.updateRule() == null ? null : details.updateRule().toString();
		this.responsibleUnit = unit;
		this.responsiblePerson = person;
		this.responsiblePhone = optional(details.responsiblePhone());
		this.description = optional(details.description());
		this.keywords = optional(details.keywords());
	}

	/** Takes the channel out of navigation; it and its pages stay. */
	void hide() {
		if (!visible) {
			throw new ChannelRuleViolation("channel.hide.alreadyHidden", name);
		}
		visible = false;
	}

	void show() {
		if (visible) {
			throw new ChannelRuleViolation("channel.show.alreadyShown", name);
		}
		visible = true;
	}

	/** Closes the channel to new content and children; its pages stay reachable, marked 已归档. */
	void archive(LocalDate today) {
		if (archivedOn != null) {
			throw new ChannelRuleViolation("channel.archive.alreadyArchived", name);
		}
		archivedOn = today;
	}

	/** Reopens an archived channel; the tree checks that its parent is open. */
	void restore() {
		if (archivedOn == null) {
			throw new ChannelRuleViolation("channel.restore.notArchived", name);
		}
		archivedOn = null;
	}

	/** Gives the channel its place in the tree; only {@link ChannelTree} calls it. */
	void placeAt(@Nullable Long newParentId, int newPosition) {
		this.parentId = newParentId;
		this.position = newPosition;
	}

	/** The channel's own rule, or {@code null} when it follows its kind's default. */
	public @Nullable UpdateRule ownUpdateRule() {
		return updateRule == null ? null : UpdateRule.valueOf(updateRule);
	}

	/** The channel's id; only a channel not yet saved has none. */
	public long id() {
		return Objects.requireNonNull(id, "the channel has not been saved yet");
	}

	public boolean isSaved() {
		return id != null;
	}

	public long siteId() {
		return siteId;
	}

	public @Nullable Long parentId() {
		return parentId;
	}

	public String name() {
		return name;
	}

	public String code() {
		return code;
	}

	public ChannelKind kind() {
		return kind;
	}

	public String responsibleUnit() {
		return responsibleUnit;
	}

	public String responsiblePerson() {
		return responsiblePerson;
	}

	public @Nullable String responsiblePhone() {
		return responsiblePhone;
	}

	public @Nullable String description() {
		return description;
	}

	public @Nullable String keywords() {
		return keywords;
	}

	public int position() {
		return position;
	}

	public boolean isVisible() {
		return visible;
	}

	public boolean isArchived() {
		return archivedOn != null;
	}

	public @Nullable LocalDate archivedOn() {
		return archivedOn;
	}

	public Instant createdAt() {
		return createdAt;
	}

	private static String required(@Nullable String value, String code) {
		if (value == null || value.isBlank()) {
			throw new ChannelRuleViolation(code);
		}
		return value.strip();
	}

	private static @Nullable String optional(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	@Override
	public String toString() {
		return "Channel " + id + " " + code + " (" + name + ")";
	}
}
