package org.eservices.portal.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A token bucket per key (client address or user) for the requests one matcher selects;
 * an empty bucket answers 429 with {@code Retry-After}. Buckets live in this node's
 * memory: in a cluster each node limits on its own. They refill by the application's
 * clock, which tests control.
 */
class RateLimitFilter extends OncePerRequestFilter {

	private final String name;

	private final RequestMatcher limited;

	private final Function<HttpServletRequest, String> key;

	private final RateLimits.Limit limit;

	private final TimeMeter time;

	private final Cache<String, Bucket> buckets;

	RateLimitFilter(String name, RequestMatcher limited, Function<HttpServletRequest, String> key,
			RateLimits.Limit limit, Clock clock) {
		this.name = name;
		this.limited = limited;
		this.key = key;
		this.limit = limit;
		this.time = new ClockTime(clock);
		this.buckets = Caffeine.newBuilder()
			.expireAfterAccess(limit.period().plus(Duration.ofMinutes(1)))
			.maximumSize(100_000)
			.build();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.limited.matches(request)) {
			chain.doFilter(request, response);
			return;
		}
		Bucket bucket = this.buckets.get(this.key.apply(request), (ignored) -> newBucket());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		ProblemResponses.write(response, 429, "Too Many Requests",
				"Too many attempts. Try again in " + seconds + " seconds.");
	}

	/** One flag per limit: several limits sit in one chain. */
	@Override
	protected String getAlreadyFilteredAttributeName() {
		return RateLimitFilter.class.getName() + "." + this.name;
	}

	private Bucket newBucket() {
		return Bucket.builder()
			.addLimit(Bandwidth.builder()
				.capacity(this.limit.capacity())
				.refillIntervally(this.limit.capacity(), this.limit.period())
				.build())
			.withCustomTimePrecision(this.time)
			.build();
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
