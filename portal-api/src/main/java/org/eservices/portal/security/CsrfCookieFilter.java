package org.eservices.portal.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands browsers the CSRF token as the {@code XSRF-TOKEN} cookie on every page and call,
 * so a script can send it back before its first change (Spring otherwise creates the
 * token only when a change is refused). API clients with credentials get none.
 */
class CsrfCookieFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		if (token != null && request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
			token.getToken();
		}
		chain.doFilter(request, response);
	}

}
