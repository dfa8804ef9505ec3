package org.eservices.app.it;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.eservices.app.web.Axe;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Applying from a phone with one bar of signal: an application whose answer is lost on
 * the way is sent again by the portal with the same key and makes one request; "My
 * requests" brings a page at a time. Without any connection:
 * {@link OfflinePortalBrowserTest}.
 */
class WeakConnectionBrowserTest extends PostgresIntegrationTest {

	private static final Pattern REQUEST_PAGE = Pattern.compile("/requests/BL-\\d{4}-\\d{6}\\?submitted$");

	@LocalServerPort
	int port;

	@Test
	void anApplicationWhoseAnswerIsLostIsSentAgainIntoOneRequest() {
		Portal portal = new Portal(this.port);
		try (BrowserContext context = Portal.phone()) {
			Page page = context.newPage();
			portal.signIn(page, TestUsers.ANNA, "/services/business-licence");
			List<String> keys = new CopyOnWriteArrayList<>();
			// the context's route: it also sees a try made by the service worker
			context.route("**/api/services/business-licence/requests", (route) -> {
				keys.add(route.request().headerValue("idempotency-key"));
				if (keys.size() == 1) {
					// the server takes it; the phone never hears back
					route.fetch();
					route.abort("connectionreset");
				}
				else {
					route.fallback();
				}
			});
			Portal.fillBusinessLicence(page, "Anna Citizen", "anna@example.org", "Lost Reply Bakery");
			Portal.submit(page);

			assertThat(page).hasURL(REQUEST_PAGE);
			assertThat(page.getByText("Your reference number is BL-")).isVisible();
			assertThat(keys).hasSizeGreaterThanOrEqualTo(2).doesNotContainNull();
			assertThat(keys).as("every retry is the same attempt").containsOnly(keys.get(0));
			assertThat(requestsNamed("Lost Reply Bakery")).isEqualTo(1);
		}
	}

	/** 21 requests: the page brings 20 of them, the next page the oldest. */
	@Test
	void myRequestsComeAPageAtATime() {
		for (int made = 1; made <= 21; made++) {
			assertThat(this.api.post(TestUsers.NOOR, Applications.PATH, Applications.valid("Paged Patisserie " + made))
				.getStatusCode()
				.value()).isEqualTo(201);
		}
		Portal portal = new Portal(this.port);
		try (BrowserContext context = Portal.phone()) {
			Page page = context.newPage();
			portal.signIn(page, TestUsers.NOOR, "/requests");
			assertThat(page.locator("tbody tr")).hasCount(20);
			Locator pages = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Pages"));
			assertThat(pages).containsText("Page 1 of 2 (21 in all)");
			pages.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Next page")).click();
			assertThat(page).hasURL(portal.url("/requests?page=1"));
			assertThat(page.locator("tbody tr")).hasCount(1);
			assertThat(pages).containsText("Page 2 of 2 (21 in all)");
			assertThat(Axe.seriousViolations(page)).isEmpty();
			pages.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Previous page")).click();
			assertThat(page.locator("tbody tr")).hasCount(20);
		}
	}

}
