package org.govsite.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DomainTests {

	@ParameterizedTest
	@ValueSource(strings = { "www.example.gov.cn", "example.gov.cn", "jyj.huizhou.gov.cn", "a-b.c1.gov.cn" })
	void acceptsHostNamesUnderGovCn(String name) {
		assertThat(Domain.english(name).name()).isEqualTo(name);
	}

	@Test
	void normalizesCaseBlanksAndTheFinalDot() {
		assertThat(Domain.english("  WWW.Example.GOV.CN. ").name()).isEqualTo("www.example.gov.cn");
	}

	@ParameterizedTest
	@ValueSource(strings = { "example.com", "gov.cn", ".gov.cn", "www.example.gov.cn.com", "www..example.gov.cn",
			"-www.example.gov.cn", "www-.example.gov.cn", "www_x.example.gov.cn", "示例.gov.cn", "example.gov",
			"http://www.example.gov.cn", "www.example.gov.cn/path", "" })
	void refusesOtherEnglishDomains(String name) {
		assertThatExceptionOfType(SiteDataRejected.class).isThrownBy(() -> Domain.english(name))
			.satisfies(refused -> {
				assertThat(refused.code()).isEqualTo("site.domain.english.invalid");
				assertThat(refused.field()).isEqualTo("englishDomain");
			});
	}

	@Test
	void refusesALabelLongerThan63Characters() {
		assertThatExceptionOfType(SiteDataRejected.class)
			.isThrownBy(() -> Domain.english("a".repeat(64) + ".gov.cn"));
		assertThat(Domain.english("a".repeat(63) + ".gov.cn").name()).hasSize(70);
	}

	@ParameterizedTest
	@ValueSource(strings = { "示例.政务", "示例县人民政府.政务", "示例。政务", "xn--fsq092h.xn--zfr164b" })
	void acceptsChineseDomainsUnderZhengwuInUnicodeOrPunycode(String name) {
		Domain domain = Domain.chinese(name);
		assertThat(domain.chinese()).isTrue();
		assertThat(domain.name()).endsWith(".政务");
		assertThat(domain.ascii()).endsWith(".xn--zfr164b");
	}

	@Test
	void keepsAChineseDomainInUnicode() {
		assertThat(Domain.chinese("xn--fsq092h.xn--zfr164b").name()).isEqualTo("示例.政务");
		assertThat(Domain.chinese("示例。政务").name()).isEqualTo("示例.政务");
	}

	@ParameterizedTest
	@ValueSource(strings = { "政务", ".政务", "示例.公益", "示例.中国", "www.example.gov.cn", "示 例.政务", "示例..政务", "" })
	void refusesOtherChineseDomains(String name) {
		assertThatExceptionOfType(SiteDataRejected.class).isThrownBy(() -> Domain.chinese(name))
			.satisfies(refused -> {
				assertThat(refused.code()).isEqualTo("site.domain.chinese.invalid");
				assertThat(refused.field()).isEqualTo("chineseDomain");
			});
	}
}
