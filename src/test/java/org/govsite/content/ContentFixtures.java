package org.govsite.content;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.govsite.channel.ChannelDetails;
import org.govsite.channel.ChannelKind;
import org.govsite.channel.ChannelManagement;
import org.govsite.identity.StaffRole;
import org.govsite.site.SiteKind;
import org.govsite.site.SiteManagement;
import org.govsite.site.SiteProfile;
import org.govsite.site.SiteRegistration;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Sites, channels and staff for the content tests: each test makes its own (the database is
 * shared), through the site and channel modules, and runs its steps as the staff member concerned.
 */
@Component
public class ContentFixtures {

	private final SiteManagement sites;

	private final ChannelManagement channels;

	private final DocumentLibrary library;

	private final ReviewWorkflow workflow;

	private final Placements placements;

	ContentFixtures(SiteManagement sites, ChannelManagement channels, DocumentLibrary library, ReviewWorkflow workflow,
			Placements placements) {
		this.sites = sites;
		this.channels = channels;
		this.library = library;
		this.workflow = workflow;
		this.placements = placements;
	}

	public static String unique(String prefix) {
		return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
	}

	/** A portal (or, with a parent, a department site). */
	public long site(SiteKind kind, Long parentId) {
		String suffix = unique("");
		return as("test-admin", () -> sites.apply(new SiteRegistration(kind, parentId, "测试网站" + suffix, null, null,
				null, null, null, null, null), new SiteProfile("测试单位" + suffix, null, null, "张三", null, null, null, null)),
				StaffRole.SYSTEM_ADMIN.authority());
	}

	public long portal() {
		return site(SiteKind.PORTAL, null);
	}

	public long channel(long siteId, String code) {
		return as("test-admin", () -> channels.create(siteId, null,
				ChannelDetails.of("栏目" + code, code, ChannelKind.NEWS, "办公室", "张三")), StaffRole.SYSTEM_ADMIN.authority());
	}

	/** An editor of the whole site. */
	public static Staff editor(long siteId) {
		return new Staff(unique("editor"), List.of(StaffRole.EDITOR.forSite(siteId)));
	}

	public static Staff reviewer(long siteId) {
		return new Staff(unique("reviewer"), List.of(StaffRole.REVIEWER.forSite(siteId)));
	}

	/** A document written by the editor and placed in the channel, not submitted. */
	public long draft(Staff editor, long siteId, long channelId, String title) {
		return editor.run(() -> {
			long id = library.create(siteId, DocumentType.ARTICLE, DocumentContent.of(title, "<p>" + title + "的正文</p>"));
			placements.place(id, PlacementRequest.in(channelId));
			return id;
		});
	}

	/** A document written, submitted and approved at one level: live. */
	public long published(Staff editor, Staff reviewer, long siteId, long channelId, String title) {
		long id = draft(editor, siteId, channelId, title);
		editor.run(() -> workflow.submit(id, true));
		reviewer.run(() -> workflow.approve(id, null));
		return id;
	}

	public DocumentLibrary library() {
		return library;
	}

	public ReviewWorkflow workflow() {
		return workflow;
	}

	public void place(long documentId, long channelId) {
		placements.place(documentId, PlacementRequest.in(channelId));
	}

	/** A staff member with authorities, who runs code signed in. */
	public record Staff(String username, List<String> authorities) {

		public Staff with(String authority) {
			List<String> more = new ArrayList<>(authorities);
			more.add(authority);
			return new Staff(username, more);
		}

		public <T> T run(Supplier<T> work) {
			return as(username, work, authorities.toArray(String[]::new));
		}

		public void run(Runnable work) {
			run(() -> {
				work.run();
				return null;
			});
		}
	}

	static <T> T as(String username, Supplier<T> work, String... authorities) {
		SecurityContext before = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		List<SimpleGrantedAuthority> granted = new ArrayList<>();
		for (String authority : authorities) {
			granted.add(new SimpleGrantedAuthority(authority));
		}
		granted.add(new SimpleGrantedAuthority(StaffRole.STAFF_AUTHORITY));
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, granted));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(before);
		}
	}
}
