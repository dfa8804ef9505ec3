package org.eservices.portal.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/**
 * A token bucket per key (client address or user) for one limit, kept in the store the
 * platform has ({@link BucketStore}: this node's memory, or the database shared by all
 * nodes). Buckets refill by the application's clock, which tests control.
 */
final class RateLimitBuckets {

	private final String name;

	private final BucketConfiguration configuration;

	private final BucketStore store;

	RateLimitBuckets(String name, RateLimits.Limit limit, BucketStore store) {
		this.name = name;
		this.configuration = BucketConfiguration.builder()
			.addLimit(Bandwidth.builder()
				.capacity(limit.capacity())
				.refillIntervally(limit.capacity(), limit.period())
				.build())
			.build();
		this.store = store;
	}

	Bucket of(String key) {
		return this.store.bucket(this.name + ":" + key, this.configuration);
	}

	/**
	 * Whether the key has used some of its allowance lately (see
	 * {@link BucketStore#inUse}).
	 */
	boolean inUse(String key) {
		return this.store.inUse(this.name + ":" + key);
	}

	/** The 429 for a client that must wait this long before its next attempt. */
	static void refuse(HttpServletResponse response, long nanosToWait) throws IOException {
		long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanosToWait + 999_999_999L));
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		ProblemResponses.write(response, 429, "Too Many Requests",
				"Too many attempts. Try again in " + seconds + " seconds.");
	}

	/** The application's clock as Bucket4j reads time. */
	record ClockTime(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			return ChronoUnit.NANOS.between(Instant.EPOCH, this.clock.instant());
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	}

}
