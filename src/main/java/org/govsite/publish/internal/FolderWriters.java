package org.govsite.publish.internal;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
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
 * object storage for the sites {@code govsite.publish.s3.*} names. The folders' syncs run on a pool
 * shared by all sites' writers: a sync mostly waits on the disk, so the pool has more threads than
 * the machine has processors. On Linux a writer syncs a batch of files with one {@code syncfs} (see
 * {@link FileSystemSync}); elsewhere file by file.
 */
@Component
class FolderWriters implements SitePublisher.WriterFactory, AutoCloseable {

	private static final int SYNC_THREADS = 8;

	private final boolean fsync;

	private final ExecutorService pool = Executors.newFixedThreadPool(SYNC_THREADS, runnable -> {
		Thread thread = new Thread(runnable, "publish-sync");
		thread.setDaemon(true);
		return thread;
	});

	private final Executor syncs;

	private final @Nullable FileSystemSync fileSystem;

	/** Each folder's latest writer: the next one waits until its files are settled. */
	private final Map<Path, FolderWriter> latest = new ConcurrentHashMap<>();

	private final @Nullable ObjectStoreProperties objectStore;

	/** One client for all runs (it keeps its connections); made only when the storage is enabled. */
	private final @Nullable S3Client client;

	@Autowired
	FolderWriters(PublishProperties settings, ObjectStoreProperties objectStore) {
		this.fsync = settings.fsync();
		this.syncs = pool;
		this.fileSystem = FileSystemSync.linux();
		this.objectStore = objectStore;
		this.client = objectStore.enabled() ? client(objectStore) : null;
	}

	/** Folder writers only, whose syncs run on the given executor (a test's), with or without syncfs. */
	FolderWriters(boolean fsync, Executor syncs, @Nullable FileSystemSync fileSystem) {
		this.fsync = fsync;
		this.syncs = syncs;
		this.fileSystem = fileSystem;
		this.objectStore = null;
		this.client = null;
	}

	@Override
	public PageWriter forSite(Path folder) {
		FolderWriter writer = new FolderWriter(folder, fsync, syncs, fileSystem);
		FolderWriter previous = latest.put(writer.root(), writer);
		if (previous != null) {
			previous.awaitSettled();
		}
		String site = folder.getFileName().toString();
		if (client == null || objectStore == null || !objectStore.mirrors(site)) {
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
	public void close() {
		pool.shutdown();
		if (client != null) {
			client.close();
		}
	}
}
