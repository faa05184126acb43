package org.govsite.search.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

import org.govsite.platform.GovSiteProperties;

/** The engine {@code govsite.search.engine} names: Lucene embedded by default, or an OpenSearch node. */
final class SearchEngines {

	/** The one index's name after the prefix; a new schema gets a new name, so that it is rebuilt. */
	static final String OPENSEARCH_INDEX = "search-v" + IndexFields.SCHEMA;

	private SearchEngines() {
	}

	static SearchEngine open(GovSiteProperties platform, SearchProperties properties) throws IOException {
		return switch (properties.engine()) {
			case "lucene" -> {
				LuceneEngine lucene = LuceneEngine.open(properties.indexDir().isBlank() ? platform.dataPath("search").resolve("index")
						: Path.of(properties.indexDir()).toAbsolutePath().normalize(), platform.zone());
				lucene.caching(properties.answerCache());
				yield lucene;
			}
			case "opensearch" -> OpenSearchEngine.open(URI.create(properties.opensearch().url()),
					properties.opensearch().indexPrefix() + OPENSEARCH_INDEX, platform.zone());
			default -> throw new IllegalArgumentException(
					"govsite.search.engine must be lucene or opensearch, not " + properties.engine());
		};
	}
}
