package org.eservices.app.engine.forms;

import java.io.IOException;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Gives the Camunda webapps (Tasklist) each deployed form-js form with its text
 * components rewritten by {@link LiteralTextTemplates}, so that what a citizen typed is
 * text on a clerk's task there as it is in the portal.
 */
class LiteralTextInWebappForms extends OncePerRequestFilter {

	private static final Pattern DEPLOYED_FORM = Pattern
		.compile("/api/engine/engine/[^/]+/(task/[^/]+/deployed-form|process-definition/.+/deployed-start-form)");

	private final String applicationPath;

	private final ObjectMapper json;

	LiteralTextInWebappForms(String applicationPath, ObjectMapper json) {
		this.applicationPath = applicationPath;
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !"GET".equals(request.getMethod()) || !path.startsWith(this.applicationPath)
				|| !DEPLOYED_FORM.matcher(path.substring(this.applicationPath.length())).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, answer);
		if (answer.getStatus() == HttpStatus.OK.value()) {
			byte[] rewritten = rewritten(answer.getContentAsByteArray());
			if (rewritten != null) {
				answer.resetBuffer();
				answer.getOutputStream().write(rewritten);
			}
		}
		answer.copyBodyToResponse();
	}

	/** The rewritten form, or null for an answer that is no form-js form. */
	private byte[] rewritten(byte[] body) {
		try {
			JsonNode form = this.json.readTree(body);
			if (form == null || !form.path("components").isArray()) {
				return null;
			}
			LiteralTextTemplates.rewrite(form);
			return this.json.writeValueAsBytes(form);
		}
		catch (IOException ex) {
			return null;
		}
	}

}
