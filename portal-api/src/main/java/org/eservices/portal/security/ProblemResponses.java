package org.eservices.portal.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * 401 and 403 for API clients as problem documents, written at once: no redirect to the
 * login page, no error-page dispatch (which would read a rejected upload a second time).
 */
public final class ProblemResponses {

	private ProblemResponses() {
	}

	/**
	 * A 401 with the given {@code WWW-Authenticate} challenge.
	 */
	public static AuthenticationEntryPoint unauthorized(String challenge, String detail) {
		return (request, response, ex) -> {
			// a page's script handles the 401 itself: no browser password dialog for it
			if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
				response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
			}
			write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", detail);
		};
	}

	public static AccessDeniedHandler forbidden() {
		return (request, response, ex) -> write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
				(ex instanceof CsrfException)
						? "Missing or invalid CSRF token: send the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header."
						: "Your role does not allow this.");
	}

	/**
	 * An address Spring Security's firewall refuses (such as {@code //}, an encoded slash
	 * or a {@code ;} parameter): 400, as a problem like every other bad input.
	 */
	public static RequestRejectedHandler rejectedAddress() {
		return (request, response, ex) -> write(response, HttpServletResponse.SC_BAD_REQUEST, "Bad Request",
				"The address is not one this server answers: check it for doubled slashes or encoded characters.");
	}

	static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
					+ detail + "\"}");
	}

}
