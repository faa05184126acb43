package org.govsite.publish;

/**
 * The colours of a site's pages: the same templates, footer, identity block and norms, with other
 * design tokens, so that a group's department sites may differ from the portal.
 */
public enum Palette {

	/** 党政红: the default theme's own colours. */
	RED,

	/** 政务蓝. */
	BLUE
}
