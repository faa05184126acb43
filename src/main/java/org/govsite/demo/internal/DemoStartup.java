package org.govsite.demo.internal;

import java.util.List;

import org.govsite.platform.BackOffice;
import org.govsite.platform.GovSiteProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On start, while the site group is empty and {@code govsite.demo.enabled} is on (the default),
 * creates the demo site group and prints its staff accounts' first passwords, once.
 */
@Component
@BackOffice
@Order(10)
@ConditionalOnBooleanProperty(name = "govsite.demo.enabled", matchIfMissing = true)
class DemoStartup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoStartup.class);

	private final DemoSiteGroup demo;

	private final GovSiteProperties properties;

	DemoStartup(DemoSiteGroup demo, GovSiteProperties properties) {
		this.demo = demo;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.siteGroupIsEmpty()) {
			return;
		}
		List<DemoSiteGroup.DemoAccount> accounts = demo.create();
		StringBuilder table = new StringBuilder();
		for (DemoSiteGroup.DemoAccount account : accounts) {
			table.append(String.format("   %-22s %-16s %-17s %s%n", account.username(), account.password(),
					account.role(), account.site()));
		}
		StringBuilder sites = new StringBuilder();
		if (properties.role().servesPublishedSites()) {
			String base = properties.consoleUrl().replaceAll("/+$", "");
			sites.append(" 示例站点正在发布，稍候即可访问：\n");
			sites.append("   ").append(DemoCounty.portal().name()).append("  ").append(base).append("/sites/")
				.append(DemoCounty.portal().siteCode()).append("/\n");
			for (DemoCounty.DemoSite department : DemoCounty.departments()) {
				if (department.online()) {
					sites.append("   ").append(department.name()).append("  ").append(base).append("/sites/")
						.append(department.siteCode()).append("/\n");
				}
			}
		}
		log.warn("""

				============================================================================
				 已创建示例站群（示例县人民政府门户网站及部门网站）和以下员工账号。
				 密码只显示这一次，首次登录须修改；关闭示例数据：govsite.demo.enabled=false

				   用户名                 初始密码         角色              站点
				{}
				{}============================================================================
				""", table, sites);
	}
}
