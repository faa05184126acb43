package org.govsite.site.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A certificate's DNS names against a domain, as browsers match them. */
class DomainProbeTests {

	@Test
	void aNameMatchesExactlyOrByAWildcardForTheFirstLabelOnly() {
		assertThat(DomainProbe.matches("www.example.gov.cn", "www.example.gov.cn")).isTrue();
		assertThat(DomainProbe.matches("*.example.gov.cn", "www.example.gov.cn")).isTrue();
		assertThat(DomainProbe.matches("*.example.gov.cn", "example.gov.cn")).isFalse();
		assertThat(DomainProbe.matches("*.example.gov.cn", "a.www.example.gov.cn")).isFalse();
		assertThat(DomainProbe.matches("*.gov.cn", "www.example.gov.cn")).isFalse();
		assertThat(DomainProbe.matches("example.gov.cn", "www.example.gov.cn")).isFalse();
		assertThat(DomainProbe.matches("www.other.gov.cn", "www.example.gov.cn")).isFalse();
	}
}
