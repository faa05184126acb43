package org.govsite.identity;

/**
 * What a staff account may do. The three administrators are platform-wide and exclusive: an
 * account holding one holds no other role (三员分立). The other roles are granted per site,
 * optionally limited to some of its channels.
 */
public enum StaffRole {

	/** 系统管理员: runs the platform (site group, calendar, configuration, backups). */
	SYSTEM_ADMIN,

	/** 安全管理员: accounts, roles and the security policy. */
	SECURITY_ADMIN,

	/** 审计管理员: reads and keeps the audit trail of everyone else. */
	AUDIT_ADMIN,

	/** 站点管理员: one site's settings, channels and staff duties. */
	SITE_MANAGER,

	/** 编辑: writes documents in a site's channels. */
	EDITOR,

	/** 审核员: reviews documents before they go online. */
	REVIEWER,

	/** 信件办理员: handles citizens' letters. */
	LETTER_HANDLER,

	/**
	 * 模板管理员: may change a site's templates. Templates are code, so this right is granted on
	 * its own, never implied by another role.
	 */
	TEMPLATE_MANAGER;

	/** Whether this is one of the three administrators of 三员分立. */
	public boolean isAdministrator() {
		return this == SYSTEM_ADMIN || this == SECURITY_ADMIN || this == AUDIT_ADMIN;
	}

	/** The Spring Security authority of a platform-wide administrator role, e.g. {@code ROLE_SYSTEM_ADMIN}. */
	public String authority() {
		if (!isAdministrator()) {
			throw new IllegalStateException(this + " is granted per site: use forSite(siteId)");
		}
		return "ROLE_" + name();
	}

	/** The authority of this role over a whole site, e.g. {@code site:12:EDITOR}. */
	public String forSite(long siteId) {
		if (isAdministrator()) {
			throw new IllegalStateException(this + " is platform-wide: use authority()");
		}
		return "site:" + siteId + ":" + name();
	}

	/** The authority of this role over one channel of a site, e.g. {@code site:12:EDITOR:channel:34}. */
	public String forChannel(long siteId, long channelId) {
		return forSite(siteId) + ":channel:" + channelId;
	}

	/** Held by every signed-in staff account, whatever its roles. */
	public static final String STAFF_AUTHORITY = "STAFF";
}
