package org.govsite.identity.internal;

import java.util.List;

import org.govsite.audit.AuditEntry;
import org.govsite.audit.AuditTrail;
import org.govsite.identity.PasswordRejected;
import org.govsite.platform.BackOffice;
import org.govsite.platform.GovSiteProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * At start, while no administrator exists: creates them from {@code GOVSITE_BOOTSTRAP_PASSWORD}
 * (headless installs), or prints a one-time setup link. Runs first, before the demo data.
 */
@Component
@BackOffice
@Order(0)
class AdministratorBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

	static final String PASSWORD_VARIABLE = "GOVSITE_BOOTSTRAP_PASSWORD";

	private final InstallationSetup setup;

	private final GovSiteProperties properties;

	private final Environment environment;

	private final AuditTrail audit;

	AdministratorBootstrap(InstallationSetup setup, GovSiteProperties properties, Environment environment,
			AuditTrail audit) {
		this.setup = setup;
		this.properties = properties;
		this.environment = environment;
		this.audit = audit;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!setup.pending()) {
			return;
		}
		String password = environment.getProperty(PASSWORD_VARIABLE, environment.getProperty("govsite.bootstrap-password", ""));
		if (!password.isBlank()) {
			bootstrap(password);
			return;
		}
		String link = properties.consoleUrl().replaceAll("/+$", "") + "/setup/" + setup.newToken();
		log.warn("""

				============================================================================
				 GovSite 首次启动：尚无管理员账号。
				 请在浏览器中打开下面的一次性链接，创建系统管理员、安全管理员和审计管理员（三员分立）：

				   {}

				 无界面安装时，也可设置环境变量 {} 后重新启动，
				 将创建 sysadmin、secadmin、auditadmin 三个账号，首次登录须修改密码并绑定动态口令。
				============================================================================
				""", link, PASSWORD_VARIABLE);
	}

	private void bootstrap(String password) {
		try {
			List<String> names = setup.bootstrap(password);
			audit.record(new AuditEntry("system", "setup.bootstrap", "account", String.join(",", names), true, null, null));
			log.warn("Created the administrators {} from {}; each must change the password and enrol a TOTP app at first sign-in.",
					names, PASSWORD_VARIABLE);
		}
		catch (PasswordRejected rejected) {
			throw new IllegalStateException(PASSWORD_VARIABLE + " does not meet the password policy (at least "
					+ PasswordRules.MIN_LENGTH + " characters with letters, digits and symbols): " + rejected.reasons());
		}
	}
}
