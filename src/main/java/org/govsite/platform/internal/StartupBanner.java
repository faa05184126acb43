package org.govsite.platform.internal;

import org.govsite.platform.GovSiteProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says where the console is once the platform is ready, so a new user knows where to go. */
@Component
class StartupBanner {

	private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

	private final GovSiteProperties properties;

	StartupBanner(GovSiteProperties properties) {
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		String console = properties.consoleUrl().replaceAll("/+$", "");
		if (properties.role().servesBackOffice()) {
			log.info("GovSite 已就绪（角色 {}）。控制台：{}/admin  登录：{}/login  数据目录：{}", properties.role(), console, console,
					properties.dataDir().toAbsolutePath().normalize());
		}
		else {
			log.info("GovSite 已就绪（角色 public）：只提供公众服务接口，不含管理后台。");
		}
	}
}
