package org.eservices.app.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers the webapps' {@code app/<name>/scripts/config.js} (Camunda's configuration
 * hook, empty by default) with a script that sends the webapps' sign-in route to the
 * portal's sign-in (its form, or Keycloak) instead of their own form, which is not used.
 */
class WebappSignInScript extends OncePerRequestFilter {

	private static final Pattern CONFIG = Pattern.compile("/app/(cockpit|tasklist|admin|welcome)/scripts/config\\.js");

	private final String applicationPath;

	private final byte[] script;

	WebappSignInScript(String applicationPath) {
		this.applicationPath = applicationPath;
		try (InputStream in = new ClassPathResource("camunda-sso/config.js").getInputStream()) {
			this.script = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException("camunda-sso/config.js is missing", ex);
		}
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !"GET".equals(request.getMethod()) || !path.startsWith(this.applicationPath)
				|| !CONFIG.matcher(path.substring(this.applicationPath.length())).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setContentType("application/javascript;charset=UTF-8");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		response.getOutputStream().write(this.script);
	}

}
