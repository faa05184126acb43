package org.govsite.publish.internal;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * The publish targets: a folder per site under the data directory, mirrored to S3-compatible
 * object storage for the sites {@code govsite.publish.s3.*} names.
 */
@Component
class FolderWriters implements SitePublisher.WriterFactory, DisposableBean {

	private final PublishProperties settings;

	private final ObjectStoreProperties objectStore;

	/** One client for all runs (it keeps its connections); made only when the storage is enabled. */
	private final @Nullable S3Client client;

	FolderWriters(PublishProperties settings, ObjectStoreProperties objectStore) {
		this.settings = settings;
		this.objectStore = objectStore;
		this.client = objectStore.enabled() ? client(objectStore) : null;
	}

	@Override
	public PageWriter forSite(Path folder) {
		FolderWriter writer = new FolderWriter(folder, settings.fsync());
		String site = folder.getFileName().toString();
		if (client == null || !objectStore.mirrors(site)) {
			return writer;
		}
		return new MirroredWriter(writer, new ObjectStoreWriter(client, objectStore.bucket(), objectStore.prefix() + site + "/"));
	}

	/**
	 * A client on the JDK's HTTP connection. Checksums only where the API requires them: the PUTs
	 * carry their SHA-256 anyway, and S3-compatible servers differ in the newer checksum trailers.
	 */
	static S3Client client(ObjectStoreProperties properties) {
		S3ClientBuilder builder = S3Client.builder()
			.httpClientBuilder(UrlConnectionHttpClient.builder())
			.region(Region.of(properties.region()))
			.forcePathStyle(properties.pathStyle())
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
			.credentialsProvider(credentials(properties));
		if (properties.endpoint() != null) {
			builder.endpointOverride(properties.endpoint());
		}
		return builder.build();
	}

	private static AwsCredentialsProvider credentials(ObjectStoreProperties properties) {
		if (properties.accessKey().isBlank()) {
			return DefaultCredentialsProvider.builder().build();
		}
		return StaticCredentialsProvider.create(AwsBasicCredentials.create(properties.accessKey(), properties.secretKey()));
	}

	@Override
	public void destroy() {
		if (client != null) {
			client.close();
		}
	}
}
