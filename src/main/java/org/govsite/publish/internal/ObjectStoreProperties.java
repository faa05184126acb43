package org.govsite.publish.internal;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The S3-compatible object storage that published files are mirrored to ({@code govsite.publish.s3.*},
 * documented in {@code application.yaml}). Off unless enabled.
 *
 * @param enabled whether published files go to the bucket too
 * @param endpoint the storage's address ({@code http://127.0.0.1:9000}); none for AWS itself
 * @param region the region the requests are signed for
 * @param bucket the bucket, which must exist
 * @param pathStyle addresses as {@code endpoint/bucket/key} rather than {@code bucket.endpoint/key}
 *     (most S3-compatible servers want this)
 * @param accessKey the access key; none for the SDK's default chain (environment {@code AWS_ACCESS_KEY_ID},
 *     profiles, instance roles)
 * @param secretKey the secret key that goes with it
 * @param prefix put before each key, so that a bucket can hold several installs ({@code govsite/})
 * @param sites the 标识码 (folder names) of the sites mirrored; empty for every site
 */
@ConfigurationProperties("govsite.publish.s3")
public record ObjectStoreProperties(@DefaultValue("false") boolean enabled, @Nullable URI endpoint,
		@DefaultValue("us-east-1") String region, @DefaultValue("") String bucket, @DefaultValue("false") boolean pathStyle,
		@DefaultValue("") String accessKey, @DefaultValue("") String secretKey, @DefaultValue("") String prefix,
		@DefaultValue("") List<String> sites) {

	public ObjectStoreProperties {
		sites = sites.stream().filter(site -> !site.isBlank()).map(String::strip).toList();
		if (enabled && bucket.isBlank()) {
			throw new IllegalArgumentException("govsite.publish.s3.bucket must name a bucket when govsite.publish.s3.enabled is true");
		}
	}

	/** Whether the site whose folder has this name is mirrored to the bucket. */
	public boolean mirrors(String siteFolder) {
		return enabled && (sites.isEmpty() || sites.contains(siteFolder));
	}
}
