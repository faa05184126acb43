package org.govsite.search.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The search settings ({@code govsite.search.*}, documented in {@code application.yaml}).
 *
 * @param attachmentMaxSize attachments larger than this are not read for their text
 * @param attachmentTimeout how long reading one attachment's text may take
 * @param attachmentMaxChars how much of an attachment's text is indexed
 * @param requestsPerMinute searches one address may make a minute on the public API and page
 * @param rebuildAtStart whether a missing or outdated index is rebuilt at start
 * @param indexDir where the index is kept; empty for {@code <data-dir>/search/index}
 * @param engine {@code lucene} (embedded, the default) or {@code opensearch}
 * @param opensearch where the OpenSearch node is, when {@code engine} is {@code opensearch}
 * @param answerCache whether the embedded engine answers a repeated query from memory while the index
 *        is unchanged (the benchmark measures without)
 */
@ConfigurationProperties("govsite.search")
public record SearchProperties(@DefaultValue("20MB") DataSize attachmentMaxSize,
		@DefaultValue("20s") Duration attachmentTimeout, @DefaultValue("200000") int attachmentMaxChars,
		@DefaultValue("120") int requestsPerMinute, @DefaultValue("true") boolean rebuildAtStart, @DefaultValue("") String indexDir,
		@DefaultValue("lucene") String engine, @DefaultValue OpenSearch opensearch, @DefaultValue("true") boolean answerCache) {

	/**
	 * @param url the node's (or the cluster's load balancer's) HTTP address
	 * @param indexPrefix put before the index's name, so that installations can share a cluster
	 */
	public record OpenSearch(@DefaultValue("http://127.0.0.1:9200") String url,
			@DefaultValue("govsite-") String indexPrefix) {
	}
}
