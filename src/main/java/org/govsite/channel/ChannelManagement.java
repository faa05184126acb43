package org.govsite.channel;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

import org.govsite.channel.ChannelChanged.ChangeKind;
import org.govsite.channel.internal.Channel;
import org.govsite.channel.internal.ChannelAccess;
import org.govsite.channel.internal.ChannelQueries;
import org.govsite.channel.internal.ChannelStore;
import org.govsite.channel.internal.ChannelTree;
import org.govsite.channel.internal.MainStructure;
import org.govsite.platform.FieldCipher;
import org.govsite.platform.NotFound;
import org.govsite.site.SiteDirectory;
import org.govsite.site.SiteSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The channel trees of the sites: creating, editing, moving, ordering, hiding and archiving
 * channels, and reading them for the console and the API. The site managers of a site (and the
 * system administrator) change its channels; anyone holding a role on the site reads them.
 * Other modules read channels through {@link ChannelDirectory}, which checks no permissions.
 */
@Service
public class ChannelManagement {

	private final ChannelStore store;

	private final ChannelQueries queries;

	private final ChannelAccess access;

	private final SiteDirectory sites;

	private final MainStructure mainStructure;

	private final FieldCipher cipher;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ChannelManagement(ChannelStore store, ChannelQueries queries, ChannelAccess access, SiteDirectory sites,
			MainStructure mainStructure, FieldCipher cipher, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.queries = queries;
		this.access = access;
		this.sites = sites;
		this.mainStructure = mainStructure;
		this.cipher = cipher;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Creates a channel under the parent ({@code null}: at the first level), last among its
	 * siblings.
	 *
	 * @return the new channel's id
	 */
	@Transactional
	@PreAuthorize("@channelAccess.mayChangeSite(#siteId)")
	public long create(long siteId, @Nullable Long parentId, ChannelDetails details) {
		ChannelTree tree = treeToChange(siteId, parentId);
		return add(tree, parentId, details);
	}

	/**
	 * Creates the outlined channels under the parent ({@code null}: at the first level), each
	 * with the channels under it, after the parent's existing children.
	 *
	 * @return the new channels' ids, parents before their children
	 */
	@Transactional
	@PreAuthorize("@channelAccess.mayChangeSite(#siteId)")
	public List<Long> createTree(long siteId, @Nullable Long parentId, List<ChannelOutline> outline) {
		ChannelTree tree = treeToChange(siteId, parentId);
		List<Long> ids = new ArrayList<>();
		addAll(tree, parentId, outline, ids);
		return ids;
	}

	@Transactional
	@PreAuthorize("@channelAccess.mayChange(#channelId)")
	public void edit(long channelId, ChannelDetails details) {
		ChannelTree tree = store.lockedTree(queries.siteOf(channelId));
		Channel channel = tree.get(channelId);
		String oldName = channel.name();
		String oldCode = channel.code();
		saveAndAnnounce(tree, tree.edit(channelId, sealed(details)), ChangeKind.EDITED);
		mainStructure.edited(channel, oldName, oldCode);
	}

	/**
	 * Moves the channel under another parent of its site ({@code null}: to the first level), at the
	 * 1-based position among its new siblings ({@code null} or beyond the end: last). With the
	 * same parent, only its place changes.
	 */
	@Transactional
	@PreAuthorize("@channelAccess.mayChange(#channelId)")
	public void move(long channelId, @Nullable Long parentId, @Nullable Integer position) {
		ChannelTree tree = store.lockedTree(queries.siteOf(channelId));
		requireOfSite(tree, parentId);
		Channel channel = tree.get(channelId);
		Long oldParentId = channel.parentId();
		if (!tree.move(channelId, parentId, position)) {
			return;
		}
		if (Objects.equals(oldParentId, parentId)) {
			saveAndAnnounce(tree, channel, ChangeKind.REORDERED);
			return;
		}
		saveAndAnnounce(tree, channel, ChangeKind.MOVED);
		mainStructure.moved(channel, oldParentId, parentId == null ? null : tree.get(parentId).name());
	}

	/** Puts the channel one place earlier among its siblings; the first stays where it is. */
	@Transactional
	@PreAuthorize("@channelAccess.mayChange(#channelId)")
	public void moveUp(long channelId) {
		reorder(channelId, tree -> tree.moveUp(channelId));
	}

	/** Puts the channel one place later among its siblings; the last stays where it is. */
	@Transactional
	@PreAuthorize("@channelAccess.mayChange(#channelId)")
	public void moveDown(long channelId) {
		reorder(channelId, tree -> tree.moveDown(channelId));
	}

	/** Takes the channel (and so its branch) out of navigation; its pages stay. */
	@Transactional
	@PreAuthorize("@channelAccess.mayChange(#channelId)")
	public void hide(long channelId) {
		change(channelId, ChangeKind.HIDDEN, tree -> tree.hide(channelId));
	}

	@Transactional
	@PreAuthorize("@channelAccess.mayChange(#channelId)")
	public void show(long channelId) {
		change(channelId, ChangeKind.SHOWN, tree -> tree.show(channelId));
	}

	/** Archives the channel today: its pages stay reachable; it and its branch take nothing new. */
	@Transactional
	@PreAuthorize("@channelAccess.mayChange(#channelId)")
	public void archive(long channelId) {
		change(channelId, ChangeKind.ARCHIVED, tree -> tree.archive(channelId, LocalDate.now(clock)));
	}

	/** Reopens an archived channel; its parent must be open. */
	@Transactional
	@PreAuthorize("@channelAccess.mayChange(#channelId)")
	public void restore(long channelId) {
		change(channelId, ChangeKind.RESTORED, tree -> tree.restore(channelId));
	}

	/** The site's tree: its first-level channels in order, each with its children. */
	@Transactional(readOnly = true)
	@PreAuthorize("@channelAccess.mayReadSite(#siteId)")
	public List<ChannelNode> tree(long siteId) {
		requireSite(siteId);
		return queries.tree(siteId);
	}

	/** Every channel of the site in tree order. */
	@Transactional(readOnly = true)
	@PreAuthorize("@channelAccess.mayReadSite(#siteId)")
	public List<ChannelView> ofSite(long siteId) {
		requireSite(siteId);
		return queries.ofSite(siteId);
	}

	/** The site's channels of one kind, in tree order. */
	@Transactional(readOnly = true)
	@PreAuthorize("@channelAccess.mayReadSite(#siteId)")
	public List<ChannelView> ofKind(long siteId, ChannelKind kind) {
		requireSite(siteId);
		return queries.ofKind(siteId, kind);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("@channelAccess.mayRead(#channelId)")
	public ChannelView get(long channelId) {
		return queries.get(channelId);
	}

	/** The channels from the first level down to the given one, itself last. */
	@Transactional(readOnly = true)
	@PreAuthorize("@channelAccess.mayRead(#channelId)")
	public List<ChannelView> path(long channelId) {
		queries.siteOf(channelId);
		return queries.path(channelId);
	}

	/** The site whose channels are shown, for headings and links. */
	@PreAuthorize("@channelAccess.mayReadSite(#siteId)")
	public SiteSummary site(long siteId) {
		return requireSite(siteId);
	}

	/** The sites whose channels the signed-in user may see, portals first. */
	public List<SiteSummary> readableSites() {
		return sites.all().stream().filter(site -> access.mayReadSite(site.id())).toList();
	}

	/** Whether the signed-in user may change the site's channels. */
	public boolean mayChange(long siteId) {
		return access.mayChangeSite(siteId);
	}

	/** The rule a channel of the kind follows unless it sets its own. */
	public UpdateRule defaultRule(ChannelKind kind) {
		return queries.defaultRule(kind);
	}

	private ChannelTree treeToChange(long siteId, @Nullable Long parentId) {
		requireSite(siteId);
		ChannelTree tree = store.lockedTree(siteId);
		requireOfSite(tree, parentId);
		return tree;
	}

	private long add(ChannelTree tree, @Nullable Long parentId, ChannelDetails details) {
		Channel channel = tree.add(sealed(details), parentId, null, clock.instant());
		saveAndAnnounce(tree, channel, ChangeKind.CREATED);
		mainStructure.added(channel);
		return channel.id();
	}

	private void addAll(ChannelTree tree, @Nullable Long parentId, List<ChannelOutline> outline, List<Long> ids) {
		for (ChannelOutline item : outline) {
			long id = add(tree, parentId, item.details());
			ids.add(id);
			addAll(tree, id, item.children(), ids);
		}
	}

	private void reorder(long channelId, Predicate<ChannelTree> reorder) {
		ChannelTree tree = store.lockedTree(queries.siteOf(channelId));
		if (reorder.test(tree)) {
			saveAndAnnounce(tree, tree.get(channelId), ChangeKind.REORDERED);
		}
	}

	/** Hides, shows, archives or restores a channel. */
	private void change(long channelId, ChangeKind kind, Function<ChannelTree, Channel> change) {
		ChannelTree tree = store.lockedTree(queries.siteOf(channelId));
		Channel channel = change.apply(tree);
		saveAndAnnounce(tree, channel, kind);
		mainStructure.stateChanged(channel, kind);
	}

	private void saveAndAnnounce(ChannelTree tree, Channel channel, ChangeKind kind) {
		store.save(tree);
		events.publishEvent(new ChannelChanged(channel.siteId(), channel.id(), kind));
	}

	/** The responsible person's phone is kept encrypted (SM4) at rest, like every phone number (SPEC.md §12). */
	private ChannelDetails sealed(ChannelDetails details) {
		String phone = details.responsiblePhone();
		return phone == null || phone.isBlank() ? details.withResponsiblePhone(null)
				: details.withResponsiblePhone(cipher.encrypt(phone.strip()));
	}

	private SiteSummary requireSite(long siteId) {
		return sites.find(siteId).orElseThrow(() -> new NotFound("site", siteId));
	}

	/** A parent of another site is refused as such, rather than as unknown. */
	private void requireOfSite(ChannelTree tree, @Nullable Long parentId) {
		if (parentId != null && !tree.contains(parentId) && store.siteOf(parentId).isPresent()) {
			throw new ChannelRuleViolation("channel.otherSite");
		}
	}
}
