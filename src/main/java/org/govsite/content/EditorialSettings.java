package org.govsite.content;

import org.govsite.content.internal.ReviewPolicies;
import org.govsite.content.internal.ReviewRequirement;
import org.govsite.content.internal.TypesettingStore;
import org.govsite.platform.NotFound;
import org.govsite.site.SiteDirectory;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a site's managers set for its documents: each channel's review levels and proofreading,
 * and the site's 一键排版. Whatever they leave unset follows the platform's defaults.
 */
@Service
@Transactional
public class EditorialSettings {

	private final ReviewPolicies policies;

	private final TypesettingStore typesettings;

	private final SiteDirectory sites;

	EditorialSettings(ReviewPolicies policies, TypesettingStore typesettings, SiteDirectory sites) {
		this.policies = policies;
		this.typesettings = typesettings;
		this.sites = sites;
	}

	// review policies

	/** The review levels and proofreading of a channel (its own, or the default). */
	@PreAuthorize("@contentAccess.mayReadChannel(#channelId)")
	@Transactional(readOnly = true)
	public ReviewPolicy reviewPolicy(long channelId) {
		ReviewRequirement own = policies.own(channelId).orElse(null);
		ReviewRequirement effective = policies.of(channelId);
		return new ReviewPolicy(channelId, effective.levels(), effective.proofreading(), own != null);
	}

	@PreAuthorize("@contentAccess.managesChannel(#channelId)")
	public void setReviewPolicy(long channelId, int levels, boolean proofreading) {
		if (levels < 1 || levels > 3) {
			throw new ContentRuleViolation("content.field.levels.range");
		}
		policies.set(channelId, new ReviewRequirement(levels, proofreading));
	}

	/** The channel follows the platform's default review again. */
	@PreAuthorize("@contentAccess.managesChannel(#channelId)")
	public void clearReviewPolicy(long channelId) {
		policies.clear(channelId);
	}

	// 一键排版

	/** The site's 一键排版 settings (its own, or the defaults). */
	@Transactional(readOnly = true)
	@PreAuthorize("@contentAccess.mayReadSite(#siteId)")
	public TypesettingSettings typesetting(long siteId) {
		sites.find(siteId).orElseThrow(() -> new NotFound("site", siteId));
		return typesettings.typesetting(siteId);
	}

	@PreAuthorize("@contentAccess.managesSite(#siteId)")
	public void setTypesetting(long siteId, TypesettingSettings settings) {
		sites.find(siteId).orElseThrow(() -> new NotFound("site", siteId));
		typesettings.set(siteId, settings);
	}

	/** Back to the platform's defaults. */
	@PreAuthorize("@contentAccess.managesSite(#siteId)")
	public void clearTypesetting(long siteId) {
		typesettings.clear(siteId);
	}

}
