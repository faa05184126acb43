package org.govsite.monitor.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.govsite.monitor.ProbeRecord;
import org.govsite.publish.ManifestEntry;
import org.govsite.site.SiteSummary;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The pages probed with the home page in each round: {@code govsite.monitor.sample-pages} of the
 * site's published pages (3 by default), drawn afresh each hour ({@link PageSample}), requested at
 * the home page's address as the visitor would.
 */
@Component
public class SampleProbes {

	private final PublishedFiles files;

	private final HomeProbe probe;

	private final int count;

	SampleProbes(PublishedFiles files, HomeProbe probe, @Value("${govsite.monitor.sample-pages:3}") int count) {
		this.files = files;
		this.probe = probe;
		this.count = Math.max(0, count);
	}

	/** This round's pages of the site, requested under its home page's address. */
	public List<ProbeRecord> probe(SiteSummary site, URI home, Instant round) {
		if (count == 0) {
			return List.of();
		}
		List<String> published = files.manifest(site.id()).stream().map(ManifestEntry::path).toList();
		long hour = Duration.ofSeconds(round.getEpochSecond()).toHours();
		return PageSample.draw(published, site.id(), hour, count).stream()
			.map(page -> probe.request(site.id(), address(home, page), page))
			.toList();
	}

	/** The page's address under the home page's, its path encoded (published names may be Chinese). */
	static URI address(URI home, String page) {
		try {
			return home.resolve(new URI(null, null, page, null));
		}
		catch (URISyntaxException e) {
			throw new IllegalArgumentException("Not a path: " + page, e);
		}
	}
}
