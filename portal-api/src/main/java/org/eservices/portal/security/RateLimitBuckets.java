package org.eservices.portal.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/**
 * A token bucket per key (client address or user) for one limit. Buckets live in this
 * node's memory: in a cluster each node limits on its own. They refill by the
 * application's clock, which tests control.
 */
final class RateLimitBuckets {

	private final RateLimits.Limit limit;

	private final TimeMeter time;

	private final Cache<String, Bucket> buckets;

	RateLimitBuckets(RateLimits.Limit limit, Clock clock) {
		this.limit = limit;
		this.time = new ClockTime(clock);
		this.buckets = Caffeine.newBuilder()
			.expireAfterAccess(limit.period().plus(Duration.ofMinutes(1)))
			.maximumSize(100_000)
			.build();
	}

	Bucket of(String key) {
		return this.buckets.get(key,
				(ignored) -> Bucket.builder()
					.addLimit(Bandwidth.builder()
						.capacity(this.limit.capacity())
						.refillIntervally(this.limit.capacity(), this.limit.period())
						.build())
					.withCustomTimePrecision(this.time)
					.build());
	}

	/** The 429 for a client that must wait this long before its next attempt. */
	static void refuse(HttpServletResponse response, long nanosToWait) throws IOException {
		long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanosToWait + 999_999_999L));
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		ProblemResponses.write(response, 429, "Too Many Requests",
				"Too many attempts. Try again in " + seconds + " seconds.");
	}

	private record ClockTime(Clock clock) implements TimeMeter {

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
