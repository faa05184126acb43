package org.govsite.servicecatalog.internal;

/** Where the public role shows the catalogue and its guides. */
public final class GuidePages {

	private GuidePages() {
	}

	public static String entry(String siteCode) {
		return "/services?site=" + siteCode;
	}

	public static String guide(long itemId) {
		return "/services/guides/" + itemId;
	}

	public static String file(long fileId) {
		return "/services/files/" + fileId;
	}
}
