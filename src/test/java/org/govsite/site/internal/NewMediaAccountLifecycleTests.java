package org.govsite.site.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.govsite.site.internal.SiteFixtures.ADMIN;
import static org.govsite.site.internal.SiteFixtures.MANAGER;
import static org.govsite.site.internal.SiteFixtures.SECOND_ADMIN;
import static org.govsite.site.internal.SiteFixtures.SETTINGS;
import static org.govsite.site.internal.SiteFixtures.act;
import static org.govsite.site.internal.SiteFixtures.approval;
import static org.govsite.site.internal.SiteFixtures.on;

import org.govsite.site.ChangeSubject;
import org.govsite.site.GoLiveItem;
import org.govsite.site.GoLiveRefused;
import org.govsite.site.LifecycleRefused;
import org.govsite.site.NewMediaAccountData;
import org.govsite.site.NewMediaPlatform;
import org.govsite.site.SiteDataRejected;
import org.govsite.site.SiteState;
import org.junit.jupiter.api.Test;

/** 政务新媒体 accounts follow the sites' lifecycle; only the gate and closing differ. */
class NewMediaAccountLifecycleTests {

	private static NewMediaAccount approvedAccount(String url) {
		NewMediaAccount account = NewMediaAccount.apply(1, new NewMediaAccountData(NewMediaPlatform.WECHAT, "示例发布",
				"示例县人民政府办公室", url), act(MANAGER, "2026-01-05T09:00"));
		account.approve(SETTINGS.approvalLevels(), 0, null, act("manager2", "2026-01-05T10:00"));
		account.approve(SETTINGS.approvalLevels(), 1, null, act(SECOND_ADMIN, "2026-01-06T10:00"));
		return account;
	}

	@Test
	void goesOnlineOnlyWithItsAddress() {
		NewMediaAccount account = approvedAccount(null);
		assertThatExceptionOfType(GoLiveRefused.class).isThrownBy(() -> account.goOnline(on("2026-01-07")))
			.satisfies(refused -> assertThat(refused.missing()).containsExactly(GoLiveItem.ACCOUNT_URL));
		account.update(new NewMediaAccountData(NewMediaPlatform.WECHAT, "示例发布", "示例县人民政府办公室",
				"https://mp.weixin.qq.com/s/example"));
		assertThat(account.goOnline(on("2026-01-07"))).isTrue();
		assertThat(account.state()).isEqualTo(SiteState.ONLINE);
	}

	@Test
	void atMostOneTemporaryOfflineAYearAsForSites() {
		NewMediaAccount account = approvedAccount("https://weibo.com/example");
		account.goOnline(on("2026-01-07"));
		account.requestOffline(SETTINGS, "账号迁移", 7, on("2026-02-02"));
		account.approveRequest(null, null, approval("2026-02-02"));
		account.goOnline(on("2026-02-09"));
		assertThatExceptionOfType(LifecycleRefused.class)
			.isThrownBy(() -> account.requestOffline(SETTINGS, "再次", 3, on("2026-05-06")))
			.satisfies(refused -> assertThat(refused.code()).isEqualTo("site.offline.oncePerYear"));
	}

	@Test
	void closesWithoutATargetSiteAfterTheNotice() {
		NewMediaAccount account = approvedAccount("https://weibo.com/example");
		account.goOnline(on("2026-01-07"));
		account.requestClosing(null, "整合至县政府账号", on("2026-02-02"));
		account.approveRequest(null, null, approval("2026-02-02"));
		assertThatExceptionOfType(LifecycleRefused.class).isThrownBy(() -> account.completeClosing(SETTINGS, on("2026-03-03")));
		account.completeClosing(SETTINGS, on("2026-03-04"));
		assertThat(account.state()).isEqualTo(SiteState.CLOSED);
	}

	@Test
	void anyChangeOfWhatIsRegisteredIsOneAccountChange() {
		NewMediaAccount account = approvedAccount("https://weibo.com/example");
		assertThat(account.update(new NewMediaAccountData(NewMediaPlatform.WECHAT, "示例发布", "示例县人民政府办公室",
				"https://weibo.com/example"))).isEmpty();
		assertThat(account.update(new NewMediaAccountData(NewMediaPlatform.WECHAT, "示例县发布", "示例县人民政府办公室",
				"https://weibo.com/example")))
			.singleElement()
			.satisfies(change -> {
				assertThat(change.subject()).isEqualTo(ChangeSubject.ACCOUNT);
				assertThat(change.before()).contains("示例发布");
				assertThat(change.after()).contains("示例县发布");
			});
	}

	@Test
	void refusesAnAddressThatIsNoWebAddress() {
		assertThatExceptionOfType(SiteDataRejected.class)
			.isThrownBy(() -> approvedAccount("javascript:alert(1)"))
			.satisfies(refused -> assertThat(refused.field()).isEqualTo("url"));
		assertThatExceptionOfType(SiteDataRejected.class).isThrownBy(() -> approvedAccount("weibo.com/example"));
	}
}
