package org.eservices.portal.security;

import java.io.IOException;

import io.github.bucket4j.EstimationProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Wrong HTTP Basic credentials, per client address: each one (a 401) uses up the sign-in
 * limit, and an address that has used it up gets 429 until it refills, right password or
 * not. API clients send their credentials with every call, so only failures count. One
 * instance serves every chain that takes Basic credentials, so that the portal API and
 * the engine REST API share one budget.
 */
class FailedSignInLimit extends OncePerRequestFilter {

	private final RateLimitBuckets buckets;

	FailedSignInLimit(RateLimits.Limit limit, BucketStore store) {
		this.buckets = new RateLimitBuckets("failed-sign-in", limit, store);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			chain.doFilter(request, response);
			return;
		}
		String address = request.getRemoteAddr();
		// an address without failures lately (nearly every call) costs a plain read, not
		// a locked write: an API client's calls from one address would queue on its row
		if (this.buckets.inUse(address)) {
			EstimationProbe next = this.buckets.of(address).estimateAbilityToConsume(1);
			if (!next.canBeConsumed()) {
				RateLimitBuckets.refuse(response, next.getNanosToWaitForRefill());
				return;
			}
		}
		chain.doFilter(request, response);
		if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
			this.buckets.of(address).tryConsume(1);
		}
	}

}
