package org.govsite.publish.internal;

import java.nio.file.Path;

import org.springframework.stereotype.Component;

/** The default publish target: a folder per site under the data directory. */
@Component
class FolderWriters implements SitePublisher.WriterFactory {

	private final PublishProperties settings;

	FolderWriters(PublishProperties settings) {
		this.settings = settings;
	}

	@Override
	public PageWriter forSite(Path folder) {
		return new FolderWriter(folder, settings.fsync());
	}
}
