package org.govsite.site;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SiteCodeTests {

	@ParameterizedTest
	@ValueSource(strings = { "4416020005", "bm07000001", "1101000001", " 4416020005 " })
	void acceptsLocalAndStateCouncilCodes(String code) {
		assertThat(SiteCode.of(code).value()).isEqualTo(code.strip());
	}

	@ParameterizedTest
	@ValueSource(strings = { "441602000", "44160200051", "bm0700000a", "bm0700001", "BM07000001", "bm070000011",
			"44160200O5", "４４１６０２０００５", "", "bm" })
	void refusesAnythingElse(String code) {
		assertThatExceptionOfType(SiteDataRejected.class).isThrownBy(() -> SiteCode.of(code))
			.satisfies(refused -> {
				assertThat(refused.code()).isEqualTo("site.siteCode.invalid");
				assertThat(refused.field()).isEqualTo("siteCode");
			});
	}

	@ParameterizedTest
	@ValueSource(strings = { "bm07000001" })
	void knowsAStateCouncilDepartment(String code) {
		assertThat(SiteCode.of(code).isStateCouncilDepartment()).isTrue();
		assertThat(SiteCode.of("4416020005").isStateCouncilDepartment()).isFalse();
	}
}
