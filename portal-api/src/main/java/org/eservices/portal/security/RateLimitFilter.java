package org.eservices.portal.security;

import java.io.IOException;
import java.util.function.Function;

import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits the requests one matcher selects, per key (client address or user): an empty
 * bucket answers 429 with {@code Retry-After}.
 */
class RateLimitFilter extends OncePerRequestFilter {

	private final String name;

	private final RequestMatcher limited;

	private final Function<HttpServletRequest, String> key;

	private final RateLimitBuckets buckets;

	RateLimitFilter(String name, RequestMatcher limited, Function<HttpServletRequest, String> key,
			RateLimits.Limit limit, BucketStore store) {
		this.name = name;
		this.limited = limited;
		this.key = key;
		this.buckets = new RateLimitBuckets(name, limit, store);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.limited.matches(request)) {
			chain.doFilter(request, response);
			return;
		}
		ConsumptionProbe probe = this.buckets.of(this.key.apply(request)).tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			chain.doFilter(request, response);
			return;
		}
		RateLimitBuckets.refuse(response, probe.getNanosToWaitForRefill());
	}

	/** One flag per limit: several limits sit in one chain. */
	@Override
	protected String getAlreadyFilteredAttributeName() {
		return RateLimitFilter.class.getName() + "." + this.name;
	}

}
