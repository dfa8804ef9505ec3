package org.eservices.app.engine;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eservices.portal.audit.AuditKind;
import org.eservices.portal.audit.AuditLog;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Staff reading a case's personal data through the engine's own APIs (Cockpit and
 * Tasklist call {@code /camunda/api/engine}, scripts {@code /engine-rest}) is in the
 * audit log, as it is through the portal: its variables, form variables, history details,
 * comments and attachments, each answered read an entry (who, what, when, from where).
 * Definitions, counts and task lists carry no case data and are not recorded.
 */
class CaseDataReadAudit extends OncePerRequestFilter {

	/** The resources that hold what applicants entered or staff wrote about a case. */
	static final Pattern CASE_DATA = Pattern
		.compile(".*/(variables|form-variables|localVariables|variable-instance|detail|comment|attachment)(/.*)?$");

	/** Reads that are POSTed: the query endpoints of variables and history details. */
	static final Pattern POSTED_QUERIES = Pattern
		.compile(".*/(variable-instance|history/variable-instance|history/detail)$");

	private final AuditLog audit;

	CaseDataReadAudit(AuditLog audit) {
		this.audit = audit;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, response);
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean read = ("GET".equals(request.getMethod()) && CASE_DATA.matcher(path).matches())
				|| ("POST".equals(request.getMethod()) && POSTED_QUERIES.matcher(path).matches());
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (read && response.getStatus() / 100 == 2 && user != null && user.isAuthenticated()) {
			String through = path.startsWith("/engine-rest") ? "the engine REST API" : "Cockpit or Tasklist";
			this.audit.record(AuditKind.CASE_DATA_READ, user.getName(), path, "Read case data through " + through);
		}
	}

}
