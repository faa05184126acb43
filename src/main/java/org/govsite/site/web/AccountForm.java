package org.govsite.site.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.govsite.site.NewMediaAccountData;
import org.govsite.site.NewMediaPlatform;
import org.jspecify.annotations.Nullable;

/** A 政务新媒体 account as typed in the console or sent to the API. */
class AccountForm {

	@NotNull
	private @Nullable NewMediaPlatform platform = NewMediaPlatform.WECHAT;

	@NotBlank
	@Size(max = 100)
	private @Nullable String name;

	@NotBlank
	@Size(max = 100)
	private @Nullable String ownerUnit;

	@Size(max = 500)
	private @Nullable String url;

	static AccountForm of(NewMediaAccountData data) {
		AccountForm form = new AccountForm();
		form.platform = data.platform();
		form.name = data.name();
		form.ownerUnit = data.ownerUnit();
		form.url = data.url();
		return form;
	}

	NewMediaAccountData toData() {
		return new NewMediaAccountData(platform == null ? NewMediaPlatform.OTHER : platform, name == null ? "" : name,
				ownerUnit == null ? "" : ownerUnit, url);
	}

	public @Nullable NewMediaPlatform getPlatform() {
		return platform;
	}

	public void setPlatform(@Nullable NewMediaPlatform platform) {
		this.platform = platform;
	}

	public @Nullable String getName() {
		return name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	public @Nullable String getOwnerUnit() {
		return ownerUnit;
	}

	public void setOwnerUnit(@Nullable String ownerUnit) {
		this.ownerUnit = ownerUnit;
	}

	public @Nullable String getUrl() {
		return url;
	}

	public void setUrl(@Nullable String url) {
		this.url = url;
	}
}
