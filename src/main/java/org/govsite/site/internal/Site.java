package org.govsite.site.internal;

import static org.govsite.site.internal.Supervised.blankToNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.govsite.site.ChangeSubject;
import org.govsite.site.Domain;
import org.govsite.site.GoLiveItem;
import org.govsite.site.SecurityAssessment;
import org.govsite.site.SiteCode;
import org.govsite.site.SiteDataRejected;
import org.govsite.site.SiteKind;
import org.govsite.site.SiteProfile;
import org.govsite.site.SiteRegistration;
import org.govsite.site.SiteSummary;
import org.govsite.site.SiteView;
import org.jspecify.annotations.Nullable;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A site of the group: its registration (标识码, domains, filings, 等保), its profile (sponsor,
 * responsible person, contacts) and its lifecycle. Values are checked on the way in; every change
 * is reported back as {@link SiteChange}s, so that the service can make the change records.
 */
@Table("site")
public class Site extends Supervised {

	SiteKind kind = SiteKind.PORTAL;

	@Nullable Long parentId;

	String name = "";

	@Nullable String siteCode;

	@Nullable String englishDomain;

	@Nullable String chineseDomain;

	@Nullable String icpNumber;

	@Nullable String publicSecurityNumber;

	@Nullable String badgeNumber;

	@Embedded.Nullable(prefix = "security_")
	@Nullable SecurityAssessment security;

	@Embedded.Empty
	SiteProfile profile = new SiteProfile("", null, null, "", null, null, null, null);

	@MappedCollection(idColumn = "site_id", keyColumn = "position")
	List<LifecycleEntry> history = new ArrayList<>();

	@PersistenceCreator
	Site() {
	}

	/** A new application for a site. */
	public static Site apply(SiteRegistration registration, SiteProfile profile, Act act) {
		Site site = new Site();
		site.register(registration);
		site.updateProfile(profile);
		site.applied(act);
		return site;
	}

	/** Replaces the registration, after checking 标识码 and domains; returns what changed. */
	public List<SiteChange> register(SiteRegistration registration) {
		String newName = required("name", registration.name());
		SiteKind newKind = Objects.requireNonNullElse(registration.kind(), SiteKind.PORTAL);
		Long newParent = registration.parentId();
		if (newKind == SiteKind.DEPARTMENT && newParent == null) {
			throw new SiteDataRejected("parentId", "site.parent.required");
		}
		if (newParent != null && newParent.equals(id)) {
			throw new SiteDataRejected("parentId", "site.parent.self");
		}
		String typedCode = blankToNull(registration.siteCode());
		String typedEnglish = blankToNull(registration.englishDomain());
		String typedChinese = blankToNull(registration.chineseDomain());
		String code = typedCode == null ? null : SiteCode.of(typedCode).value();
		String english = typedEnglish == null ? null : Domain.english(typedEnglish).name();
		String chinese = typedChinese == null ? null : Domain.chinese(typedChinese).name();
		String icp = blankToNull(registration.icpNumber());
		String publicSecurity = blankToNull(registration.publicSecurityNumber());
		String badge = blankToNull(registration.badgeNumber());

		if (keepsGoLiveItems()) {
			List<GoLiveItem> removed = missing(code, english, badge, icp, publicSecurity, registration.security());
			removed.removeAll(missingForGoLive());
			if (!removed.isEmpty()) {
				GoLiveItem item = removed.getFirst();
				throw new SiteDataRejected(field(item), "site.registration.requiredWhileOnline",
						new DefaultMessageSourceResolvable(new String[] { "site.goLive.item." + item.name() }, item.name()));
			}
		}

		List<SiteChange> changes = new ArrayList<>();
		diff(changes, ChangeSubject.NAME, name, newName);
		diff(changes, ChangeSubject.PARENT, summary(kind.name(), parentId), summary(newKind.name(), newParent));
		diff(changes, ChangeSubject.SITE_CODE, siteCode, code);
		diff(changes, ChangeSubject.DOMAIN, domains(englishDomain, chineseDomain), domains(english, chinese));
		diff(changes, ChangeSubject.FILINGS, summary(icpNumber, publicSecurityNumber, badgeNumber),
				summary(icp, publicSecurity, badge));
		diff(changes, ChangeSubject.SECURITY_ASSESSMENT, summary(security), summary(registration.security()));

		name = newName;
		kind = newKind;
		parentId = newParent;
		siteCode = code;
		englishDomain = english;
		chineseDomain = chinese;
		icpNumber = icp;
		publicSecurityNumber = publicSecurity;
		badgeNumber = badge;
		security = registration.security();
		return changes;
	}

	/** Replaces who runs the site and how to reach them; returns what changed. */
	public List<SiteChange> updateProfile(SiteProfile update) {
		SiteProfile next = new SiteProfile(required("sponsor", update.sponsor()), blankToNull(update.supervisor()),
				blankToNull(update.operator()), required("responsiblePerson", update.responsiblePerson()),
				blankToNull(update.contactPerson()), blankToNull(update.contactPhone()),
				blankToNull(update.contactEmail()), blankToNull(update.address()));
		List<SiteChange> changes = new ArrayList<>();
		diff(changes, ChangeSubject.SPONSOR, profile.sponsor(), next.sponsor());
		diff(changes, ChangeSubject.SUPERVISOR, profile.supervisor(), next.supervisor());
		diff(changes, ChangeSubject.OPERATOR, profile.operator(), next.operator());
		diff(changes, ChangeSubject.RESPONSIBLE_PERSON, profile.responsiblePerson(), next.responsiblePerson());
		diff(changes, ChangeSubject.CONTACTS, contacts(profile), contacts(next));
		diff(changes, ChangeSubject.ADDRESS, profile.address(), next.address());
		profile = next;
		return changes;
	}

	@Override
	public List<GoLiveItem> missingForGoLive() {
		return missing(siteCode, englishDomain, badgeNumber, icpNumber, publicSecurityNumber, security);
	}

	/**
	 * Whether the go-live items must stay: from the first opening until the site's life ends, a
	 * site without its filings or 等保 record would be online (or come back online) unlawfully.
	 */
	private boolean keepsGoLiveItems() {
		return hasBeenOnline() && !state.isFinal();
	}

	private static String field(GoLiveItem item) {
		return switch (item) {
			case SITE_CODE -> "siteCode";
			case DOMAIN, ACCOUNT_URL -> "englishDomain";
			case GOVERNMENT_BADGE -> "badgeNumber";
			case ICP_FILING -> "icpNumber";
			case PUBLIC_SECURITY_FILING -> "publicSecurityNumber";
			case SECURITY_ASSESSMENT -> "securityPassed";
		};
	}

	private static List<GoLiveItem> missing(@Nullable String siteCode, @Nullable String englishDomain,
			@Nullable String badgeNumber, @Nullable String icpNumber, @Nullable String publicSecurityNumber,
			@Nullable SecurityAssessment security) {
		List<GoLiveItem> missing = new ArrayList<>();
		if (siteCode == null) {
			missing.add(GoLiveItem.SITE_CODE);
		}
		if (englishDomain == null) {
			missing.add(GoLiveItem.DOMAIN);
		}
		if (badgeNumber == null) {
			missing.add(GoLiveItem.GOVERNMENT_BADGE);
		}
		if (icpNumber == null) {
			missing.add(GoLiveItem.ICP_FILING);
		}
		if (publicSecurityNumber == null) {
			missing.add(GoLiveItem.PUBLIC_SECURITY_FILING);
		}
		if (security == null || !security.passed()) {
			missing.add(GoLiveItem.SECURITY_ASSESSMENT);
		}
		return missing;
	}

	@Override
	boolean closingNeedsTarget() {
		return true;
	}

	@Override
	boolean closable() {
		return kind != SiteKind.PORTAL;
	}

	@Override
	List<LifecycleEntry> entries() {
		return history;
	}


	public String name() {
		return name;
	}

	public SiteKind kind() {
		return kind;
	}

	public @Nullable Long parentId() {
		return parentId;
	}

	public @Nullable String siteCode() {
		return siteCode;
	}

	public @Nullable String englishDomain() {
		return englishDomain;
	}

	public SiteProfile profile() {
		return profile;
	}

	/** The portal whose home page carries this site's notices: itself, or the portal it belongs to. */
	public long portalId() {
		return kind == SiteKind.DEPARTMENT && parentId != null ? parentId : id();
	}

	public SiteRegistration registration() {
		return new SiteRegistration(kind, parentId, name, siteCode, englishDomain, chineseDomain, icpNumber,
				publicSecurityNumber, badgeNumber, security);
	}

	public SiteSummary summary() {
		return new SiteSummary(id(), name, kind, siteCode, parentId, state, englishDomain, errorReportEnabled);
	}

	public SiteView view(SiteSettings settings, @Nullable String parentName) {
		return new SiteView(id(), registration(), profile, lifecycleView(settings), parentName);
	}

	static String contacts(SiteProfile profile) {
		return summary(profile.contactPerson(), profile.contactPhone(), profile.contactEmail());
	}

	static void diff(List<SiteChange> changes, ChangeSubject subject, @Nullable String before, @Nullable String after) {
		if (!Objects.equals(before, after)) {
			changes.add(new SiteChange(subject, before, after));
		}
	}

	/** A short, language-neutral summary of several values: "a / - / c". */
	static String summary(@Nullable Object... values) {
		StringBuilder text = new StringBuilder();
		for (Object value : values) {
			if (!text.isEmpty()) {
				text.append(" / ");
			}
			text.append(value == null ? "-" : value);
		}
		return text.toString();
	}

	/** The domains a site answers to, as a notice names them; none when it has none. */
	private static @Nullable String domains(@Nullable String english, @Nullable String chinese) {
		if (english == null || chinese == null) {
			return english == null ? chinese : english;
		}
		return english + " / " + chinese;
	}

	private static @Nullable String summary(@Nullable SecurityAssessment security) {
		return security == null ? null
				: summary(security.level(), security.filingNumber(), security.assessedOn(), security.passed());
	}

	static String required(String field, @Nullable String value) {
		String text = blankToNull(value);
		if (text == null) {
			throw new SiteDataRejected(field, "site.field.required");
		}
		return text;
	}
}
