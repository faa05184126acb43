package org.govsite.site.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.govsite.site.internal.SiteFixtures.act;
import static org.govsite.site.internal.SiteFixtures.applied;
import static org.govsite.site.internal.SiteFixtures.approved;
import static org.govsite.site.internal.SiteFixtures.complete;
import static org.govsite.site.internal.SiteFixtures.online;
import static org.govsite.site.internal.SiteFixtures.profile;

import java.time.LocalDate;
import java.util.List;

import org.govsite.calendar.BuiltInArrangements;
import org.govsite.calendar.WorkingDays;
import org.govsite.site.ChangeSubject;
import org.govsite.site.LifecycleRefused;
import org.govsite.site.SiteDataRejected;
import org.govsite.site.SiteKind;
import org.govsite.site.SiteProfile;
import org.govsite.site.SiteRegistration;
import org.govsite.test.TestClock;
import org.junit.jupiter.api.Test;

/** What a change of a site is, and when it must be reported. */
class SiteChangesTests {

	private final WorkingDays calendar = new WorkingDays(BuiltInArrangements.all(), TestClock.CHINA);

	@Test
	void aChangeIsDueTwoWorkingDaysLaterAcrossNationalDay() {
		ChangeRecord record = ChangeRecord.of(1, null, new SiteChange(ChangeSubject.SPONSOR, "甲", "乙"),
				act("admin", "2026-09-30T16:00"), calendar, 2);
		assertThat(record.reportBy()).isEqualTo(LocalDate.of(2026, 10, 9));
	}

	@Test
	void aChangeOnASaturdayCountsFromMonday() {
		ChangeRecord record = ChangeRecord.of(1, null, new SiteChange(ChangeSubject.CONTACTS, "甲", "乙"),
				act("admin", "2026-03-07T10:00"), calendar, 2);
		assertThat(record.reportBy()).isEqualTo(LocalDate.of(2026, 3, 11));
	}

	@Test
	void aChangeIsReportedOnce() {
		ChangeRecord record = ChangeRecord.of(1, null, new SiteChange(ChangeSubject.ADDRESS, "甲", "乙"),
				act("admin", "2026-03-02T10:00"), calendar, 2);
		record.markReported(act("admin", "2026-03-03T10:00"));
		assertThat(record.reportedAt).isNotNull();
		assertThat(record.reportedBy).isEqualTo("admin");
		assertThatExceptionOfType(LifecycleRefused.class).isThrownBy(() -> record.markReported(act("admin", "2026-03-04T10:00")));
	}

	@Test
	void theProfileReportsWhatChanged() {
		Site site = applied(complete());
		SiteProfile old = profile();
		List<SiteChange> changes = site.updateProfile(new SiteProfile("示例县政务服务数据管理局", old.supervisor(), old.operator(),
				"王五", old.contactPerson(), "0752-7654321", old.contactEmail(), old.address()));
		assertThat(changes).extracting(SiteChange::subject)
			.containsExactly(ChangeSubject.SPONSOR, ChangeSubject.RESPONSIBLE_PERSON, ChangeSubject.CONTACTS);
		assertThat(changes.get(2).before()).isEqualTo("李四 / 0752-1234567 / web@example.gov.cn");
		assertThat(changes.get(2).after()).isEqualTo("李四 / 0752-7654321 / web@example.gov.cn");
		assertThat(changes).allMatch(change -> change.subject().reported());
	}

	@Test
	void theSameValuesChangeNothing() {
		Site site = applied(complete());
		assertThat(site.updateProfile(profile())).isEmpty();
		assertThat(site.register(complete())).isEmpty();
	}

	@Test
	void aDomainChangeIsReportedAndFilingsAreNot() {
		Site site = applied(complete());
		SiteRegistration old = complete();
		List<SiteChange> changes = site.register(new SiteRegistration(old.kind(), null, old.name(), old.siteCode(),
				"www.shili.gov.cn", null, "粤ICP备87654321号", old.publicSecurityNumber(), old.badgeNumber(), old.security()));
		assertThat(changes).extracting(SiteChange::subject).containsExactly(ChangeSubject.DOMAIN, ChangeSubject.FILINGS);
		assertThat(changes.get(0).before()).isEqualTo("www.example.gov.cn / 示例.政务");
		assertThat(changes.get(0).after()).isEqualTo("www.shili.gov.cn");
		assertThat(ChangeSubject.FILINGS.reported()).isFalse();
	}

	@Test
	void aDepartmentSiteNeedsItsPortal() {
		SiteRegistration old = complete();
		assertThatExceptionOfType(SiteDataRejected.class)
			.isThrownBy(() -> applied(new SiteRegistration(SiteKind.DEPARTMENT, null, "示例县教育局", null, null, null, null,
					null, null, null)))
			.satisfies(refused -> assertThat(refused.field()).isEqualTo("parentId"));
		assertThat(applied(new SiteRegistration(SiteKind.DEPARTMENT, 1L, "示例县教育局", null, null, null, null, null, null,
				null)).portalId()).isEqualTo(1L);
		assertThat(old.kind()).isEqualTo(SiteKind.PORTAL);
	}

	@Test
	void nameSponsorAndResponsiblePersonAreRequired() {
		SiteRegistration old = complete();
		assertThatExceptionOfType(SiteDataRejected.class)
			.isThrownBy(() -> applied(new SiteRegistration(old.kind(), null, " ", null, null, null, null, null, null, null)))
			.satisfies(refused -> assertThat(refused.field()).isEqualTo("name"));
		Site site = applied(old);
		assertThatExceptionOfType(SiteDataRejected.class)
			.isThrownBy(() -> site.updateProfile(new SiteProfile("", null, null, "张三", null, null, null, null)))
			.satisfies(refused -> assertThat(refused.field()).isEqualTo("sponsor"));
		assertThatExceptionOfType(SiteDataRejected.class)
			.isThrownBy(() -> site.updateProfile(new SiteProfile("办公室", null, null, null, null, null, null, null)))
			.satisfies(refused -> assertThat(refused.field()).isEqualTo("responsiblePerson"));
	}

	@Test
	void theGoLiveItemsStayWhileTheSiteIsOnline() {
		Site site = online();
		SiteRegistration all = complete();
		SiteRegistration withoutIcp = new SiteRegistration(all.kind(), all.parentId(), all.name(), all.siteCode(),
				all.englishDomain(), all.chineseDomain(), " ", all.publicSecurityNumber(), all.badgeNumber(), all.security());
		SiteRegistration withoutAssessment = new SiteRegistration(all.kind(), all.parentId(), all.name(), all.siteCode(),
				all.englishDomain(), all.chineseDomain(), all.icpNumber(), all.publicSecurityNumber(), all.badgeNumber(), null);

		assertThatExceptionOfType(SiteDataRejected.class).isThrownBy(() -> site.register(withoutIcp))
			.satisfies(refused -> {
				assertThat(refused.code()).isEqualTo("site.registration.requiredWhileOnline");
				assertThat(refused.field()).isEqualTo("icpNumber");
			});
		assertThatExceptionOfType(SiteDataRejected.class).isThrownBy(() -> site.register(withoutAssessment))
			.satisfies(refused -> assertThat(refused.field()).isEqualTo("securityPassed"));
		assertThat(site.registration().icpNumber()).isEqualTo(all.icpNumber());
		assertThat(site.register(new SiteRegistration(all.kind(), all.parentId(), all.name(), all.siteCode(),
				all.englishDomain(), all.chineseDomain(), "粤ICP备87654321号", all.publicSecurityNumber(),
				all.badgeNumber(), all.security()))).extracting(SiteChange::subject).containsExactly(ChangeSubject.FILINGS);

		Site notYetOnline = approved();
		notYetOnline.register(withoutIcp);
		assertThat(notYetOnline.registration().icpNumber()).isNull();
	}
}
