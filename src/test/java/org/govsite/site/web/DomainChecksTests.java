package org.govsite.site.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govsite.site.web.SiteTestData.manager;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.govsite.jobs.RecurringJob;
import org.govsite.platform.FetchGuard;
import org.govsite.site.DomainLedger;
import org.govsite.site.internal.DomainChecks;
import org.govsite.site.internal.DomainProbe;
import org.govsite.test.IntegrationTest;
import org.govsite.test.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 域名台账's optional checks from outside: a loopback HTTPS server with a self-signed certificate
 * about to expire, a name that does not resolve, one that resolves only to an internal address, and
 * nothing at all while the checks are off (as in the test configuration).
 */
@IntegrationTest
class DomainChecksTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DomainLedger ledger;

	@Autowired
	DomainChecks checks;

	@Autowired
	FetchGuard guard;

	@Autowired
	List<RecurringJob> jobs;

	@TempDir
	Path dir;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aCertificateExpiringWithinSevenDaysWarnsTheManagerAndNamesAndAddressesAreShown() throws Exception {
		clock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
		SiteApi api = new SiteApi(mvc);
		long served = api.onlineSite();
		long gone = api.onlineSite();
		long internal = api.onlineSite();
		ledger.checkDaily();
		String servedName = domainOf(served);
		HttpsServer server = httpsServer(servedName);
		try {
			Map<String, byte[]> dns = Map.of(servedName, new byte[] { 127, 0, 0, 1 }, domainOf(internal),
					new byte[] { 10, 0, 0, 1 });
			DomainProbe probe = new DomainProbe(host -> resolve(dns, host), guard, server.getAddress().getPort(),
					DomainProbe.systemTrust());
			checks.checkAll(probe);
			checks.checkAll(probe);
		}
		finally {
			server.stop(0);
		}

		assertThat(warnings(served)).hasSize(1).first().asString()
			.contains(servedName, "HTTPS 证书将于 2026-03-0", "请及时更换证书");
		// self-signed, so untrusted; but it names the domain, and by the test clock it has not expired
		assertThat(problemOf(served)).isEqualTo("证书链无法验证（非受信任机构签发、自签名或已过期）");
		assertThat(problemOf(gone)).isEqualTo("域名无法解析");
		assertThat(problemOf(internal)).isEqualTo("域名仅解析到内网或本机地址，公众无法访问");
		assertThat(warnings(gone)).isEmpty();

		mvc.perform(get("/admin/domains").with(manager(served)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("解析地址：127.0.0.1")))
			.andExpect(content().string(containsString("证书：CN=" + servedName)))
			.andExpect(content().string(containsString("证书链无法验证")));
		mvc.perform(get("/admin/domains").with(manager(gone)))
			.andExpect(content().string(containsString("域名无法解析")));
	}

	@Test
	void withTheChecksOffNothingIsScheduledAndTheDailyRunChecksNothing() throws Exception {
		long site = new SiteApi(mvc).onlineSite();
		ledger.checkDaily();
		int before = jdbc.sql("select count(*) from site_domain_check").query(Integer.class).single();
		checks.checkAll();
		assertThat(jdbc.sql("select count(*) from site_domain_check").query(Integer.class).single()).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from site_domain_check c join site_domain_entry e on e.id = c.entry_id"
				+ " where e.site_id = :s").param("s", site).query(Integer.class).single()).isZero();
		assertThat(jobs).extracting(RecurringJob::name).contains("site.domain-ledger").doesNotContain("site.domain-checks");
	}

	/** A server on loopback whose self-signed certificate for the name is valid from 2026-03-01 for five days. */
	private HttpsServer httpsServer(String name) throws Exception {
		Path keystore = dir.resolve("server.p12");
		Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
				"-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=" + name,
				"-ext", "SAN=dns:" + name, "-startdate", "2026/03/01 00:00:00", "-validity", "5", "-keystore",
				keystore.toString(), "-storetype", "PKCS12", "-storepass", "changeit", "-keypass", "changeit")
			.redirectErrorStream(true).start();
		String output = new String(keytool.getInputStream().readAllBytes());
		assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(keytool.exitValue()).as(output).isZero();
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(keystore)) {
			store.load(in, "changeit".toCharArray());
		}
		KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		keys.init(store, "changeit".toCharArray());
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(keys.getKeyManagers(), null, null);
		HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.setHttpsConfigurator(new HttpsConfigurator(context));
		server.start();
		return server;
	}

	private static InetAddress[] resolve(Map<String, byte[]> dns, String host) throws UnknownHostException {
		byte[] address = dns.get(host);
		if (address == null) {
			throw new UnknownHostException(host);
		}
		return new InetAddress[] { InetAddress.getByAddress(host, address) };
	}

	private List<String> warnings(long site) {
		return jdbc.sql("select text from notification where recipient = :r and kind = 'site.CERTIFICATE_EXPIRING'")
			.param("r", "site:" + site + ":SITE_MANAGER").query(String.class).list();
	}

	private String problemOf(long site) {
		return jdbc.sql("""
				select c.problem from site_domain_check c join site_domain_entry e on e.id = c.entry_id
				where e.site_id = :s and not e.chinese""").param("s", site).query(String.class).single();
	}

	private String domainOf(long site) {
		return jdbc.sql("select english_domain from site where id = :s").param("s", site).query(String.class).single();
	}
}
