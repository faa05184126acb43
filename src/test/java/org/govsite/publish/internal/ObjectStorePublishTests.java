package org.govsite.publish.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.govsite.content.ContentFixtures;
import org.govsite.content.ContentFixtures.Staff;
import org.govsite.content.ReviewWorkflow;
import org.govsite.identity.StaffRole;
import org.govsite.publish.ManifestEntry;
import org.govsite.publish.PublishFixtures;
import org.govsite.publish.PublishFixtures.TestSite;
import org.govsite.publish.PublishJobs;
import org.govsite.test.IntegrationTest;
import org.govsite.test.S3MockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Publishing to S3-compatible object storage, against a real S3 server (S3Mock in a child JVM): the
 * bucket ends up with exactly the files of the site's folder and of its manifest, byte for byte,
 * withdrawn pages leave it, an object lost from it is put again, and a PUT whose content does not
 * match its SHA-256 is refused. The context is the application's with the mirror on, closed after.
 */
@IntegrationTest
@DirtiesContext
class ObjectStorePublishTests {

	private static final String BUCKET = "govsite-published";

	private static final String PREFIX = "test-install/";

	private static S3MockServer server;

	@DynamicPropertySource
	static void objectStore(DynamicPropertyRegistry registry) {
		server = S3MockServer.start(BUCKET);
		registry.add("govsite.publish.s3.enabled", () -> "true");
		registry.add("govsite.publish.s3.endpoint", () -> server.endpoint().toString());
		registry.add("govsite.publish.s3.bucket", () -> BUCKET);
		registry.add("govsite.publish.s3.path-style", () -> "true");
		registry.add("govsite.publish.s3.access-key", () -> "test-key");
		registry.add("govsite.publish.s3.secret-key", () -> "test-secret");
		registry.add("govsite.publish.s3.prefix", () -> PREFIX);
	}

	@AfterAll
	static void stopServer() {
		if (server != null) {
			server.close();
		}
	}

	@Autowired
	PublishFixtures fixtures;

	@Autowired
	ContentFixtures content;

	@Autowired
	ReviewWorkflow workflow;

	@Autowired
	PublishJobs publishJobs;

	@Autowired
	ObjectStoreProperties properties;

	TestSite site;

	Staff manager;

	S3Client client;

	@BeforeEach
	void site() {
		site = fixtures.onlineSite();
		manager = new Staff("manager", List.of(StaffRole.SITE_MANAGER.forSite(site.id())));
		client = FolderWriters.client(properties);
	}

	@AfterEach
	void closeClient() {
		client.close();
	}

	@Test
	void aFullPublishPutsExactlyTheManifestsFilesAsTheFolderHasThem() {
		content.published(site.editor(), site.reviewer(), site.id(), site.news(), "对象存储发布的新闻");
		fixtures.pictureNews(site, "对象存储的图片新闻", java.awt.Color.BLUE);
		fullPublish();

		Map<String, String> manifest = manifest();
		assertThat(manifest).containsKeys("index.html", "xwdt/index.html").hasSizeGreaterThan(20);
		assertThat(manifest.keySet()).anyMatch(path -> path.startsWith("files/"));
		assertThat(folderDigests()).isEqualTo(manifest);
		assertThat(bucketDigests()).isEqualTo(manifest);
		ResponseBytes<GetObjectResponse> home = client.getObjectAsBytes(request -> request.bucket(BUCKET).key(key("index.html")));
		assertThat(home.response().contentType()).startsWith("text/html");
		assertThat(home.response().metadata()).containsEntry(ObjectStoreWriter.SHA256, manifest.get("index.html"));
	}

	@Test
	void aWithdrawnDocumentLeavesTheBucket() {
		long id = content.published(site.editor(), site.reviewer(), site.id(), site.news(), "将从对象存储撤下的新闻");
		fullPublish();
		String page = "art/" + id / 1000 + "/t" + id + ".html";
		assertThat(bucketDigests()).containsKeys(page, "zh-hant/" + page);

		site.reviewer().run(() -> workflow.withdraw(id, "内容过时"));
		fixtures.publishQueued();

		Map<String, String> bucket = bucketDigests();
		assertThat(bucket).doesNotContainKeys(page, "zh-hant/" + page);
		assertThat(bucket).isEqualTo(manifest());
		assertThat(utf8(client.getObjectAsBytes(request -> request.bucket(BUCKET).key(key("xwdt/index.html"))).asByteArray()))
			.doesNotContain("将从对象存储撤下的新闻");
	}

	@Test
	void anObjectLostFromTheBucketIsPutAgainByTheNextFullPublish() {
		content.published(site.editor(), site.reviewer(), site.id(), site.news(), "丢失后补回的新闻");
		fullPublish();
		Map<String, String> published = bucketDigests();
		client.deleteObject(request -> request.bucket(BUCKET).key(key("xwdt/index.html")));
		assertThat(bucketDigests()).doesNotContainKey("xwdt/index.html");

		fullPublish();

		// the sitemap index carries the time of its run: compare the lost page, and the whole with the manifest
		Map<String, String> bucket = bucketDigests();
		assertThat(bucket).containsEntry("xwdt/index.html", published.get("xwdt/index.html"));
		assertThat(bucket).isEqualTo(manifest()).isEqualTo(folderDigests());
	}

	@Test
	void aPutWhoseContentDoesNotMatchItsDigestIsRefusedAndLeavesNoObject() throws IOException {
		ObjectStoreWriter writer = new ObjectStoreWriter(client, BUCKET, PREFIX + "refused/");
		Path file = Files.createTempFile("govsite-s3-test-", ".html");
		try {
			Files.writeString(file, "<h1>真实内容</h1>", StandardCharsets.UTF_8);
			String otherDigest = Digests.sha256Hex("<h1>别的内容</h1>".getBytes(StandardCharsets.UTF_8));

			assertThatThrownBy(() -> writer.write("index.html", file, otherDigest)).isInstanceOf(IOException.class);

			assertThat(new ObjectStoreWriter(client, BUCKET, PREFIX + "refused/").exists("index.html")).isFalse();
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	@Test
	void aPutIntoABucketThatIsMissingFails() {
		ObjectStoreWriter writer = new ObjectStoreWriter(client, "no-such-bucket", PREFIX);

		assertThatThrownBy(() -> writer.write("index.html", "<h1>首页</h1>".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(IOException.class);
	}

	@Test
	void aPathLeavingTheSitesPrefixIsRefused() {
		ObjectStoreWriter writer = new ObjectStoreWriter(client, BUCKET, PREFIX + site.code() + "/");

		for (String path : List.of("../other/index.html", "/index.html", "a//b.html", "a/./b.html", "a\\b.html")) {
			assertThatThrownBy(() -> writer.write(path, new byte[] { 1 })).as(path).isInstanceOf(IOException.class);
		}
	}

	private void fullPublish() {
		fixtures.awaitListeners();
		manager.run(() -> publishJobs.requestFullPublish(site.id()));
		fixtures.publishQueued();
	}

	private Map<String, String> manifest() {
		Map<String, String> digests = new TreeMap<>();
		for (ManifestEntry entry : manager.run(() -> publishJobs.manifest(site.id()))) {
			digests.put(entry.path(), entry.sha256());
		}
		return digests;
	}

	private Map<String, String> folderDigests() {
		Map<String, String> digests = new TreeMap<>();
		fixtures.files(site.code())
			.forEach((path, latin1) -> digests.put(path, Digests.sha256Hex(latin1.getBytes(StandardCharsets.ISO_8859_1))));
		return digests;
	}

	/** Every object under the site's prefix, by path, with the SHA-256 of the bytes the bucket gives back. */
	private Map<String, String> bucketDigests() {
		String prefix = key("");
		Map<String, String> digests = new TreeMap<>();
		for (S3Object object : client.listObjectsV2Paginator(request -> request.bucket(BUCKET).prefix(prefix)).contents()) {
			byte[] bytes = client.getObjectAsBytes(request -> request.bucket(BUCKET).key(object.key())).asByteArray();
			digests.put(object.key().substring(prefix.length()), Digests.sha256Hex(bytes));
		}
		return digests;
	}

	private String key(String path) {
		return PREFIX + site.code() + "/" + path;
	}

	private static String utf8(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}
}
