package org.eservices.app.logging;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts a request id (the caller's {@code X-Request-Id} if it is a plain token, else a new
 * one, echoed in the answer) and the request's reference, when the path names one, on
 * every log line written while serving it. The logging context is the one place logs are
 * told what they concern; job threads get the reference from the engine's own logging
 * context.
 */
class RequestLogContext extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";

	static final String REQUEST_ID = "requestId";

	static final String REFERENCE = "reference";

	private static final Pattern PLAIN_TOKEN = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	/** {@code /api/requests/BL-2026-000001/...} */
	private static final Pattern REFERENCE_IN_PATH = Pattern
		.compile("^/api/requests/([A-Za-z0-9]+-\\d{4}-\\d+)(/.*)?$");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String given = request.getHeader(HEADER);
		String requestId = (given != null && PLAIN_TOKEN.matcher(given).matches()) ? given
				: UUID.randomUUID().toString();
		response.setHeader(HEADER, requestId);
		Matcher reference = REFERENCE_IN_PATH.matcher(request.getRequestURI());
		try (MDC.MDCCloseable id = MDC.putCloseable(REQUEST_ID, requestId);
				MDC.MDCCloseable ref = reference.matches() ? MDC.putCloseable(REFERENCE, reference.group(1)) : null) {
			chain.doFilter(request, response);
		}
	}

}
