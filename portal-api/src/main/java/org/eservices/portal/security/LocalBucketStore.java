package org.eservices.portal.security;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.local.LocalBucketBuilder;

/**
 * Buckets in this node's memory: for a single node. An idle bucket is full again long
 * before an hour has passed (every limit's period is shorter), so it is dropped then.
 */
final class LocalBucketStore implements BucketStore {

	private final TimeMeter time;

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofHours(1))
		.maximumSize(100_000)
		.build();

	LocalBucketStore(TimeMeter time) {
		this.time = time;
	}

	@Override
	public Bucket bucket(String key, BucketConfiguration configuration) {
		return this.buckets.get(key, (ignored) -> {
			LocalBucketBuilder builder = Bucket.builder().withCustomTimePrecision(this.time);
			for (Bandwidth bandwidth : configuration.getBandwidths()) {
				builder.addLimit(bandwidth);
			}
			return builder.build();
		});
	}

	@Override
	public boolean inUse(String key) {
		return this.buckets.getIfPresent(key) != null;
	}

}
