package org.govsite.channel.web;

import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;

/** Where to move a channel: a new parent (none for the first level) and a place among its children. */
class MoveForm {

	private @Nullable Long parentId;

	@Min(1)
	private @Nullable Integer position;

	public @Nullable Long getParentId() {
		return parentId;
	}

	public void setParentId(@Nullable Long parentId) {
		this.parentId = parentId;
	}

	public @Nullable Integer getPosition() {
		return position;
	}

	public void setPosition(@Nullable Integer position) {
		this.position = position;
	}
}
