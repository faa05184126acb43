package org.govsite.site.internal;

import static org.govsite.site.internal.Supervised.blankToNull;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.govsite.site.ChangeSubject;
import org.govsite.site.GoLiveItem;
import org.govsite.site.NewMediaAccountData;
import org.govsite.site.NewMediaAccountView;
import org.govsite.site.NewMediaPlatform;
import org.govsite.site.SiteDataRejected;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A 政务新媒体 account registered under a site. It follows the sites' lifecycle (SPEC.md §1);
 * closing needs no target site, and going online needs the account's address.
 */
@Table("new_media_account")
public class NewMediaAccount extends Supervised {

	@Id
	@Nullable Long id;

	@Version
	int version;

	long siteId;

	NewMediaPlatform platform = NewMediaPlatform.OTHER;

	String name = "";

	String ownerUnit = "";

	@Nullable String url;

	@MappedCollection(idColumn = "new_media_account_id", keyColumn = "position")
	List<LifecycleEntry> history = new ArrayList<>();

	@PersistenceCreator
	NewMediaAccount() {
	}

	public static NewMediaAccount apply(long siteId, NewMediaAccountData data, Act act) {
		NewMediaAccount account = new NewMediaAccount();
		account.siteId = siteId;
		account.update(data);
		account.applied(act);
		return account;
	}

	/** Replaces what is registered; a change of any of it makes one change record. */
	public List<SiteChange> update(NewMediaAccountData data) {
		String newName = Site.required("name", data.name());
		String newOwner = Site.required("ownerUnit", data.ownerUnit());
		String newUrl = checkedUrl(data.url());
		NewMediaPlatform newPlatform = Objects.requireNonNullElse(data.platform(), NewMediaPlatform.OTHER);
		List<SiteChange> changes = new ArrayList<>();
		Site.diff(changes, ChangeSubject.ACCOUNT, Site.summary(platform, name, ownerUnit, url),
				Site.summary(newPlatform, newName, newOwner, newUrl));
		platform = newPlatform;
		name = newName;
		ownerUnit = newOwner;
		url = newUrl;
		return changes;
	}

	@Override
	public List<GoLiveItem> missingForGoLive() {
		return url == null ? List.of(GoLiveItem.ACCOUNT_URL) : List.of();
	}

	@Override
	boolean closingNeedsTarget() {
		return false;
	}

	@Override
	List<LifecycleEntry> entries() {
		return history;
	}

	@Override
	@Nullable Long key() {
		return id;
	}

	public long id() {
		return Objects.requireNonNull(id, "not saved yet");
	}

	public long siteId() {
		return siteId;
	}

	public String name() {
		return name;
	}

	public NewMediaAccountData data() {
		return new NewMediaAccountData(platform, name, ownerUnit, url);
	}

	public NewMediaAccountView view(SiteSettings settings) {
		return new NewMediaAccountView(id(), siteId, data(), lifecycleView(settings));
	}

	private static @Nullable String checkedUrl(@Nullable String value) {
		String text = blankToNull(value);
		if (text == null) {
			return null;
		}
		try {
			URI uri = new URI(text);
			if (("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null) {
				return text;
			}
		}
		catch (URISyntaxException malformed) {
			// refused below
		}
		throw new SiteDataRejected("url", "site.account.url.invalid");
	}
}
