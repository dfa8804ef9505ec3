package org.eservices.app.engine;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;

/**
 * Camunda's container-based authentication for webapps served below an application path
 * ({@code /camunda}): the stock filter strips that path only when the webapps run in
 * their own servlet context, so it would never recognise an app's address here.
 */
class WebappContainerAuthentication extends ContainerBasedAuthenticationFilter {

	private final String applicationPath;

	WebappContainerAuthentication(String applicationPath) {
		this.applicationPath = applicationPath;
	}

	@Override
	protected String getRequestUri(HttpServletRequest request) {
		String uri = request.getRequestURI().substring(request.getContextPath().length());
		return uri.startsWith(this.applicationPath) ? uri.substring(this.applicationPath.length()) : uri;
	}

}
