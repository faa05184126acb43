package org.govsite.identity.internal;

import org.govsite.identity.Grant;
import org.govsite.identity.StaffRole;
import org.jspecify.annotations.Nullable;

import org.springframework.data.relational.core.mapping.Table;

@Table("role_grant")
record RoleGrantRow(StaffRole role, @Nullable Long siteId, @Nullable Long channelId) {

	static RoleGrantRow of(Grant grant) {
		return new RoleGrantRow(grant.role(), grant.siteId(), grant.channelId());
	}

	Grant toGrant() {
		return new Grant(role, siteId, channelId);
	}
}
