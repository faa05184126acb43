package org.govsite.secops.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govsite.platform.RuleViolation;
import org.govsite.secops.ScanRow;
import org.govsite.secops.Severity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The generic scan-results format, read from CSV (English or Chinese column names, quoted cells,
 * a BOM) and JSON (an array or {@code findings}), and every line checked for what an import needs.
 */
class ScanFilesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 9);

	static final Map<String, Long> SITES = Map.of("1234000001", 1L, "www.example.gov.cn", 2L);

	@Test
	void readsCsvByEnglishOrChineseColumnNamesWithQuotesAndABom() {
		String csv = "\uFEFF网站,漏洞编号,漏洞名称,等级,地址,发现日期,描述\n"
				+ "1234000001,V-1,\"SQL 注入, 登录页\",高,https://www.example.gov.cn/login,2026-12-01,\"参数 \"\"id\"\" 未过滤\"\n"
				+ "\n"
				+ "www.example.gov.cn,,,,,2026-12-02,\n";

		List<ScanRow> rows = ScanFiles.read("scan.csv", csv.getBytes(StandardCharsets.UTF_8));

		assertThat(rows).hasSize(2);
		assertThat(rows.get(0)).isEqualTo(new ScanRow(2, "1234000001", "V-1", "SQL 注入, 登录页", "高",
				"https://www.example.gov.cn/login", "2026-12-01", "参数 \"id\" 未过滤"));
		assertThat(rows.get(1).findingId()).isNull();
		assertThat(rows.get(1).line()).isEqualTo(4);

		List<ScanRow> english = ScanFiles.read("scan.csv",
				"site,finding_id,title,severity,found_on\n1234000001,V-2,XSS,medium,2026-12-01\n".getBytes(StandardCharsets.UTF_8));
		assertThat(english.get(0).severity()).isEqualTo("medium");
		assertThat(english.get(0).url()).isNull();
	}

	@Test
	void readsJsonAsAnArrayOrUnderFindings() {
		String array = """
				[{"site": "1234000001", "finding_id": "V-1", "title": "弱口令", "severity": "中", "found_on": "2026-12-01",
				  "url": null}, 7]""";
		List<ScanRow> rows = ScanFiles.read("scan.json", array.getBytes(StandardCharsets.UTF_8));
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0)).isEqualTo(new ScanRow(1, "1234000001", "V-1", "弱口令", "中", null, "2026-12-01", null));
		assertThat(rows.get(1).site()).as("not an object: a line with nothing").isNull();

		List<ScanRow> wrapped = ScanFiles.read("upload", """
				{"scanner": "x", "findings": [{"网站": "www.example.gov.cn", "发现日期": "2026-12-03"}]}"""
			.getBytes(StandardCharsets.UTF_8));
		assertThat(wrapped).singleElement().satisfies(row -> assertThat(row.site()).isEqualTo("www.example.gov.cn"));
	}

	@Test
	void refusesAFileItCannotRead() {
		assertThatThrownBy(() -> ScanFiles.read("scan.json", "{not json".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(RuleViolation.class, refused -> assertThat(refused.code()).isEqualTo("secops.scan.unreadable"));
		assertThatThrownBy(() -> ScanFiles.read("scan.csv", "标题,等级\nA,高\n".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(RuleViolation.class, refused -> assertThat(refused.code()).isEqualTo("secops.scan.header"));
	}

	@Test
	void checksEveryLineAndSaysWhatIsWrongWithEach() {
		List<ScanRow> rows = List.of(
				new ScanRow(2, "1234000001", "V-1", "SQL 注入", "高", "https://www.example.gov.cn/a", "2026-12-01", null),
				new ScanRow(3, "9999999999", "V-2", "XSS", "中", null, "2026-12-01", null),
				new ScanRow(4, "1234000001", "V-3", "XSS", "严重", "javascript:alert(1)", "2026-12-31", null),
				new ScanRow(5, "1234000001", "V-1", "SQL 注入", "高", null, "2026-12-01", null),
				new ScanRow(6, null, null, "无编号", "低", null, "12/01/2026", null),
				new ScanRow(7, "https://www.example.gov.cn/", null, null, null, null, "2026-12-02", null));

		ScanCheck.Outcome outcome = ScanCheck.check(rows, site -> Optional.ofNullable(SITES.get(site
			.replaceFirst("^https?://", "").replaceFirst("/.*$", ""))), TODAY);

		assertThat(outcome.problems()).extracting(problem -> problem.line() + " " + problem.code())
			.containsExactly("3 unknownSite", "4 date", "4 severity", "4 url", "5 duplicate", "6 site", "6 date", "6 noId");
		assertThat(outcome.lines()).hasSize(2);
		assertThat(outcome.lines().get(0).finding().severity()).isEqualTo(Severity.HIGH);
		assertThat(outcome.lines().get(1).finding()).as("scanned, nothing found").isNull();
		assertThat(outcome.lines().get(1).siteId()).isEqualTo(2L);
	}

	@Test
	void anEmptyFileIsRefused() {
		assertThat(ScanCheck.check(List.of(), site -> Optional.of(1L), TODAY).problems())
			.extracting(ScanCheck.Problem::code)
			.containsExactly("empty");
	}
}
