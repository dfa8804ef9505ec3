package org.eservices.app.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/**
 * Debian's chromium, driven by Playwright; Playwright downloads no browser of its own.
 * {@code CHROMIUM_PATH} names another binary. One browser per test run.
 */
public final class Chromium {

	private static Browser browser;

	private static Browser seeingServiceWorkers;

	private Chromium() {
	}

	public static synchronized Browser browser() {
		if (browser == null) {
			browser = launch(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"));
		}
		return browser;
	}

	/**
	 * A browser whose contexts' routes and offline switch also reach what the portal's
	 * service worker fetches (Playwright's experimental switch for it): a connection cut
	 * off is cut off for the worker too, as on a phone.
	 */
	public static synchronized Browser seeingServiceWorkers() {
		if (seeingServiceWorkers == null) {
			seeingServiceWorkers = launch(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1",
					"PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS", "1"));
		}
		return seeingServiceWorkers;
	}

	private static Browser launch(Map<String, String> environment) {
		Path binary = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
		if (!Files.isExecutable(binary)) {
			throw new IllegalStateException(
					"No chromium at " + binary + ": install it (apt-get install chromium) or set CHROMIUM_PATH");
		}
		Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(environment));
		Browser launched = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(binary).setHeadless(true));
		Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
		// what a page shows after a server round trip, on a machine busy with the whole
		// suite: wait longer than Playwright's 5 seconds before calling it missing
		PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
		return launched;
	}

}
