package org.govsite.publish.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Writes a site's files as objects in an S3-compatible bucket, under {@code <prefix><site folder>/},
 * the layout of the published folders. A PUT is atomic: a reader sees the old object or the new
 * one. Each PUT carries the content's SHA-256, which the storage checks before it keeps the object
 * (a mismatch is refused), and the answer's checksum is compared once more: a write returns only
 * when the bucket holds exactly these bytes, so the manifest, recorded after it, never names an
 * object the bucket lacks or holds otherwise. The SHA-256 is kept in the object's metadata too.
 */
class ObjectStoreWriter implements PageWriter {

	/** The metadata entry ({@code x-amz-meta-sha256}) holding the object's SHA-256 in hex. */
	static final String SHA256 = "sha256";

	private final S3Client client;

	private final String bucket;

	private final String prefix;

	/** The keys under the site's prefix (relative to it), listed once when first asked, then kept current. */
	private volatile @Nullable Set<String> listed;

	ObjectStoreWriter(S3Client client, String bucket, String prefix) {
		this.client = client;
		this.bucket = bucket;
		this.prefix = prefix;
	}

	@Override
	public void write(String path, byte[] content) throws IOException {
		put(path, RequestBody.fromBytes(content), Digests.sha256Hex(content));
	}

	/** Spools the stream to a temporary file (a PUT needs its length first), digesting it on the way. */
	@Override
	public Written write(String path, InputStream content) throws IOException {
		Path spool = Files.createTempFile("govsite-s3-", ".tmp");
		try {
			MessageDigest digest = Digests.sha256();
			long size;
			try (OutputStream out = new DigestOutputStream(Files.newOutputStream(spool), digest)) {
				size = content.transferTo(out);
			}
			String sha256 = HexFormat.of().formatHex(digest.digest());
			put(path, RequestBody.fromFile(spool), sha256);
			return new Written(sha256, size);
		}
		finally {
			Files.deleteIfExists(spool);
		}
	}

	/** Puts a file already on disk whose SHA-256 is known (the mirror of a folder's file). */
	void write(String path, Path file, String sha256) throws IOException {
		put(path, RequestBody.fromFile(file), sha256);
	}

	private void put(String path, RequestBody body, String sha256) throws IOException {
		String key = key(path);
		String checksum = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256));
		PutObjectResponse answer;
		try {
			answer = client.putObject(PutObjectRequest.builder()
				.bucket(bucket)
				.key(key)
				.contentType(ContentTypes.of(path))
				.checksumSHA256(checksum)
				.metadata(Map.of(SHA256, sha256))
				.build(), body);
		}
		catch (SdkException e) {
			throw new IOException("Could not put " + key + " into bucket " + bucket + ": " + e.getMessage(), e);
		}
		if (answer.checksumSHA256() != null && !answer.checksumSHA256().equals(checksum)) {
			throw new IOException("Bucket " + bucket + " kept other content at " + key + " than was sent (SHA-256 "
					+ answer.checksumSHA256() + ", sent " + checksum + ")");
		}
		Set<String> keys = listed;
		if (keys != null) {
			keys.add(path);
		}
	}

	@Override
	public void delete(String path) throws IOException {
		String key = key(path);
		try {
			client.deleteObject(request -> request.bucket(bucket).key(key));
		}
		catch (SdkException e) {
			throw new IOException("Could not delete " + key + " from bucket " + bucket + ": " + e.getMessage(), e);
		}
		Set<String> keys = listed;
		if (keys != null) {
			keys.remove(path);
		}
	}

	/**
	 * Whether the bucket has the object. A full publish asks this of every file the manifest knows:
	 * one listing of the site's prefix (a thousand keys a request) answers them all, where a HEAD
	 * each would cost a round trip per file.
	 */
	@Override
	public boolean exists(String path) {
		return keys().contains(path);
	}

	/** Nothing to remove: a PUT that fails leaves no object behind, and no temporary names are used. */
	@Override
	public List<String> removeLeftovers() {
		return List.of();
	}

	/** Every object under the site's prefix, as paths relative to it. */
	Set<String> keys() {
		Set<String> keys = listed;
		if (keys == null) {
			synchronized (this) {
				keys = listed;
				if (keys == null) {
					keys = list();
					listed = keys;
				}
			}
		}
		return keys;
	}

	private Set<String> list() {
		Set<String> keys = ConcurrentHashMap.newKeySet();
		try {
			for (S3Object object : client.listObjectsV2Paginator(ListObjectsV2Request.builder().bucket(bucket).prefix(prefix).build())
				.contents()) {
				keys.add(object.key().substring(prefix.length()));
			}
		}
		catch (SdkException e) {
			throw new IllegalStateException("Could not list bucket " + bucket + " under " + prefix + ": " + e.getMessage(), e);
		}
		return keys;
	}

	/** The object's key, refusing a path that is not a plain relative path below the site's prefix. */
	String key(String path) throws IOException {
		if (path.isEmpty() || path.startsWith("/") || path.indexOf('\\') >= 0) {
			throw new IOException("Not a path inside the site's folder: " + path);
		}
		for (String segment : path.split("/", -1)) {
			if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
				throw new IOException("Not a path inside the site's folder: " + path);
			}
		}
		return prefix + path;
	}
}
