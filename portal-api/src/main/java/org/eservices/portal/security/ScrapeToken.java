package org.eservices.portal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.util.StringUtils;

/**
 * Who may read the metrics at {@value #PATH}: admins, and a scraper (Prometheus) that
 * sends the operator's token as {@code Authorization: Bearer <token>}; without a token
 * configured, admins only. The token is no user and opens nothing else.
 */
public final class ScrapeToken {

	public static final String PATH = "/actuator/prometheus";

	/** Long enough that guessing it is hopeless, whatever the rate. */
	static final int MIN_LENGTH = 32;

	private static final String BEARER = "Bearer ";

	private final byte[] token;

	/**
	 * @param token {@code ESERVICES_METRICS_TOKEN}; empty for none
	 */
	public ScrapeToken(String token) {
		if (StringUtils.hasLength(token) && token.length() < MIN_LENGTH) {
			throw new IllegalArgumentException(
					"eservices.metrics.scrape-token must have at least " + MIN_LENGTH + " characters");
		}
		this.token = StringUtils.hasLength(token) ? token.getBytes(StandardCharsets.UTF_8) : null;
	}

	/** Whether a request is a scrape that carries the token. */
	public boolean presentedBy(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (this.token == null || header == null || !header.startsWith(BEARER) || !PATH.equals(pathOf(request))) {
			return false;
		}
		// constant time: the comparison tells nothing about how much of a guess was right
		return MessageDigest.isEqual(this.token, header.substring(BEARER.length()).getBytes(StandardCharsets.UTF_8));
	}

	AuthorizationManager<RequestAuthorizationContext> adminOrScraper() {
		AuthorizationManager<RequestAuthorizationContext> admin = AuthorityAuthorizationManager.hasRole("ADMIN");
		return (authentication, context) -> new AuthorizationDecision(
				presentedBy(context.getRequest()) || admin.authorize(authentication, context).isGranted());
	}

	private static String pathOf(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
