package org.eservices.portal.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How often a client may try to sign in (per address) and a user may submit requests.
 *
 * @param signIn sign-in attempts per client address
 * @param submissions submissions per signed-in user
 * @param verification checks of issued documents per client address (the codes cannot be
 * guessed in any number of tries this allows)
 */
@ConfigurationProperties("eservices.rate-limits")
public record RateLimits(Limit signIn, Limit submissions, Limit verification) {

	public RateLimits {
		verification = (verification != null) ? verification : new Limit(30, Duration.ofMinutes(1));
		signIn = (signIn != null) ? signIn : new Limit(20, Duration.ofMinutes(1));
		submissions = (submissions != null) ? submissions : new Limit(30, Duration.ofMinutes(1));
	}

	/**
	 * @param capacity calls allowed at once
	 * @param period time in which the whole capacity comes back
	 */
	public record Limit(int capacity, Duration period) {

	}

}
