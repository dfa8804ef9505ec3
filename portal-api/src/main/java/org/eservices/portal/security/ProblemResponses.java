package org.eservices.portal.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 for API clients as problem documents, not a redirect to the login page.
 */
final class ProblemResponses {

	private ProblemResponses() {
	}

	static AuthenticationEntryPoint unauthorized() {
		return (request, response, ex) -> {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"eservices\"");
			write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
					"Sign in, or send HTTP Basic credentials.");
		};
	}

	static AccessDeniedHandler forbidden() {
		return (request, response, ex) -> write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
				"Your role does not allow this.");
	}

	private static void write(HttpServletResponse response, int status, String title, String detail)
			throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
					+ detail + "\"}");
	}

}
