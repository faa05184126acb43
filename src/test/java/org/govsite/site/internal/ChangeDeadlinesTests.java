package org.govsite.site.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.govsite.calendar.CalendarManagement;
import org.govsite.calendar.NamedDay;
import org.govsite.identity.StaffRole;
import org.govsite.notification.Notification;
import org.govsite.notification.Notifications;
import org.govsite.platform.RunAs;
import org.govsite.site.ChangeSubject;
import org.govsite.site.SiteKind;
import org.govsite.site.SiteManagement;
import org.govsite.site.SiteProfile;
import org.govsite.site.SiteRegistration;
import org.govsite.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change record whose reporting deadline ran into a year without its holidays is counted again
 * when that year is entered, and the site's managers are told (issue 9.4).
 */
@IntegrationTest
@org.springframework.modulith.test.EnableScenarios
class ChangeDeadlinesTests {

	@Autowired
	ChangeRecordRepository changes;

	@Autowired
	SiteManagement sites;

	@Autowired
	CalendarManagement calendar;

	@Autowired
	Notifications notifications;

	@Test
	void aProvisionalReportingDeadlineIsCountedAgainWhenItsYearIsEntered(Scenario scenario) {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		long siteId = RunAs.actor("change-admin-" + suffix, () -> sites.apply(new SiteRegistration(SiteKind.PORTAL, null,
				"变更测试县人民政府" + suffix, null, null, null, null, null, null, null),
				new SiteProfile("变更测试县人民政府办公室" + suffix, null, null, "张三", null, null, null, null)),
				StaffRole.SYSTEM_ADMIN.authority(), StaffRole.STAFF_AUTHORITY);
		// Thursday 31 May 2063, two working days: Friday 1 June, then Monday 4 June while 2063 is unknown
		ChangeRecord record = changes.save(new ChangeRecord(siteId, null, ChangeSubject.SPONSOR, "甲", "乙",
				LocalDate.of(2063, 5, 31).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(), "change-admin",
				LocalDate.of(2063, 6, 4)));

		// 2063 entered with Friday 1 June a holiday: the deadline moves to Tuesday 5 June
		Runnable enterTheYear = () -> RunAs.actor("calendar-admin-" + suffix,
				() -> calendar.define(2063, List.of(new NamedDay(LocalDate.of(2063, 6, 1), "端午节")), List.of()),
				StaffRole.SYSTEM_ADMIN.authority(), StaffRole.STAFF_AUTHORITY);
		scenario.stimulate(enterTheYear)
			.andWaitForStateChange(() -> changes.findById(record.id).orElseThrow().reportBy(),
					day -> day.equals(LocalDate.of(2063, 6, 5)))
			.andVerify(day -> assertThat(day).isEqualTo(LocalDate.of(2063, 6, 5)));

		List<Notification> told = RunAs.actor("manager-" + suffix, () -> notifications.mine(20),
				StaffRole.SITE_MANAGER.forSite(siteId), StaffRole.STAFF_AUTHORITY);
		assertThat(told).filteredOn(n -> n.kind().equals("site.CHANGE_DEADLINE_MOVED")).singleElement()
			.satisfies(n -> assertThat(n.text()).contains("2063-06-04", "2063-06-05"));
	}
}
