package org.govsite.platform.internal;

import org.jspecify.annotations.Nullable;

/**
 * The role that owns the database's objects and runs the migrations, apart from the role the
 * application works as.
 */
record DatabaseOwner(String url, String user, @Nullable String password) {

	@Override
	public String toString() {
		return "DatabaseOwner[" + user + " at " + url + "]";
	}
}
