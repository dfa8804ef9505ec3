package org.eservices.app.web;

import com.microsoft.playwright.BrowserContext;

/**
 * A phone's connection in a browser test: cut off and back. Cut off, the context is
 * offline and every request fails as with no network, the service worker's too (with
 * {@link Chromium#seeingServiceWorkers()}), so only what the browser keeps answers.
 */
public final class Connection {

	private static final String EVERYTHING = "**/*";

	private final BrowserContext context;

	public Connection(BrowserContext context) {
		this.context = context;
	}

	public void cut() {
		this.context.setOffline(true);
		this.context.route(EVERYTHING, (route) -> route.abort("internetdisconnected"));
	}

	public void restore() {
		this.context.unroute(EVERYTHING);
		this.context.setOffline(false);
	}

}
