package org.eservices.app.engine;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;

/**
 * Camunda's container-based authentication for webapps served below an application path
 * ({@code /camunda}): the stock filter strips that path only when the webapps run in
 * their own servlet context, so it would never recognise an app's address here.
 */
class WebappContainerAuthentication extends ContainerBasedAuthenticationFilter {

	private final String applicationPath;

	private final ProcessEngine engine;

	WebappContainerAuthentication(String applicationPath, ProcessEngine engine) {
		this.applicationPath = applicationPath;
		this.engine = engine;
	}

	/**
	 * This application's engine, not whichever the JVM-wide registry holds by that name.
	 */
	@Override
	protected ProcessEngine getAddressedEngine(String engineName) {
		return this.engine.getName().equals(engineName) ? this.engine : null;
	}

	@Override
	protected String getRequestUri(HttpServletRequest request) {
		String uri = request.getRequestURI().substring(request.getContextPath().length());
		return uri.startsWith(this.applicationPath) ? uri.substring(this.applicationPath.length()) : uri;
	}

}
