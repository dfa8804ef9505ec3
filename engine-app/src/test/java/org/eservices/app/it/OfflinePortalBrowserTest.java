package org.eservices.app.it;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.eservices.app.web.Axe;
import org.eservices.app.web.Connection;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal on a phone that loses its connection: an application made offline waits in
 * the browser, says so, and goes once when the connection returns, also after a reload; a
 * draft typed offline is kept and saved later, giving way to a newer one from another
 * device; the portal opens from its copy; signing out leaves nothing behind.
 */
class OfflinePortalBrowserTest extends PostgresIntegrationTest {

	private static final Pattern REQUEST_PAGE = Pattern.compile("/requests/BL-\\d{4}-\\d{6}\\?submitted$");

	private static final String SERVICE = "/services/business-licence";

	/**
	 * What this browser keeps of the portal: IndexedDB's stores, counted, and the
	 * catalog's cache.
	 */
	private static final String KEPT = """
			async () => {
			  const db = await new Promise((ok, ko) => {
			    const opening = indexedDB.open('eservices-portal');
			    opening.onsuccess = () => ok(opening.result);
			    opening.onerror = () => ko(opening.error);
			  });
			  const kept = {};
			  for (const store of ['outbox', 'sent', 'drafts', 'session']) {
			    kept[store] = await new Promise((ok) => {
			      const counting = db.transaction(store).objectStore(store).count();
			      counting.onsuccess = () => ok(counting.result);
			    });
			  }
			  db.close();
			  kept.catalog = await caches.has('catalog');
			  return kept;
			}""";

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Test
	void anApplicationMadeOfflineWaitsAndGoesOnceTheConnectionReturns() {
		Portal portal = new Portal(this.port);
		try (BrowserContext context = Portal.phone()) {
			Page page = context.newPage();
			portal.signIn(page, TestUsers.OMAR, SERVICE);
			keptForOffline(page, "business-licence");
			Portal.fillBusinessLicence(page, "Omar Citizen", "omar@example.org", "Tunnel Tea Room");
			Connection connection = new Connection(context);

			connection.cut();
			Portal.submit(page);
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Waiting to send")))
				.isVisible();
			assertThat(page.getByText("You are offline.")).isVisible();
			assertThat(Axe.seriousViolations(page)).isEmpty();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My requests")).click();
			assertThat(page.locator(".outbox")).containsText("Business licence");
			assertThat(page.locator(".outbox")).containsText("waiting to send");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("العربية")).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("في انتظار الإرسال")))
				.isVisible();
			assertThat(page.getByText("أنت غير متصل.")).isVisible();
			assertThat(Axe.seriousViolations(page)).isEmpty();
			assertThat(requestsNamed("Tunnel Tea Room")).isZero();

			connection.restore();
			assertThat(page.locator("tbody")).containsText("BL-");
			assertThat(page.locator(".outbox")).hasCount(0);
			assertThat(requestsNamed("Tunnel Tea Room")).isEqualTo(1);
		}
	}

	@Test
	void anApplicationMadeOfflineStillGoesOnceAfterAReload() {
		Portal portal = new Portal(this.port);
		try (BrowserContext context = Portal.phone()) {
			Page page = context.newPage();
			portal.signIn(page, TestUsers.ANNA, SERVICE);
			keptForOffline(page, "business-licence");
			Portal.fillBusinessLicence(page, "Anna Citizen", "anna@example.org", "Reloaded Rotisserie");
			Connection connection = new Connection(context);

			connection.cut();
			Portal.submit(page);
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Waiting to send")))
				.isVisible();
			page.reload();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Business licence")))
				.isVisible();
			assertThat(
					page.getByText("You do not need to submit it again", new Page.GetByTextOptions().setExact(false)))
				.isVisible();
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit application")))
				.isHidden();
			assertThat(requestsNamed("Reloaded Rotisserie")).isZero();

			connection.restore();
			assertThat(page).hasURL(REQUEST_PAGE);
			assertThat(page.getByText("Your reference number is BL-", new Page.GetByTextOptions().setExact(false)))
				.isVisible();
			assertThat(requestsNamed("Reloaded Rotisserie")).isEqualTo(1);
		}
	}

	@Test
	void aDraftTypedOfflineIsKeptAcrossAReloadAndSavedWhenTheConnectionReturns() {
		Portal portal = new Portal(this.port);
		try (BrowserContext context = Portal.phone()) {
			Page page = context.newPage();
			portal.signIn(page, TestUsers.LAYLA, SERVICE);
			keptForOffline(page, "business-licence");
			Connection connection = new Connection(context);

			connection.cut();
			page.getByLabel("Business name").fill("Offline Olive Oil");
			assertThat(page.locator(".draft-status")).containsText("Saved on this device");
			page.reload();
			assertThat(page.getByLabel("Business name")).hasValue("Offline Olive Oil");
			assertThat(this.api.get(TestUsers.LAYLA, "/api/services/business-licence/draft").getStatusCode().value())
				.as("not on the server yet")
				.isEqualTo(404);

			connection.restore();
			assertThat(page.locator(".draft-status")).containsText("Draft saved at");
			JsonNode draft = this.api.get(TestUsers.LAYLA, "/api/services/business-licence/draft").getBody();
			assertThat(draft.at("/data/businessName").asText()).isEqualTo("Offline Olive Oil");
		}
	}

	@Test
	void aDraftTypedOfflineGivesWayToANewerOneSavedOnAnotherDevice() {
		Portal portal = new Portal(this.port);
		try (BrowserContext context = Portal.phone()) {
			Page page = context.newPage();
			portal.signIn(page, TestUsers.HANA, SERVICE);
			keptForOffline(page, "business-licence");
			page.getByLabel("Business name").fill("Phone Falafel");
			assertThat(page.locator(".draft-status")).containsText("Draft saved at");
			Connection connection = new Connection(context);

			connection.cut();
			page.getByLabel("Business name").fill("Phone Falafel Offline");
			assertThat(page.locator(".draft-status")).containsText("Saved on this device");
			// later, on the laptop
			this.clock.advance(Duration.ofMinutes(1));
			assertThat(this.api
				.exchange(TestUsers.HANA, HttpMethod.PUT, "/api/services/business-licence/draft",
						"{\"businessName\": \"Laptop Lemonade\"}", new HttpHeaders())
				.getStatusCode()
				.value()).isEqualTo(200);

			connection.restore();
			assertThat(page.locator(".draft-status")).containsText("saved on another device");
			assertThat(page.getByLabel("Business name")).hasValue("Laptop Lemonade");
			assertThat(this.api.get(TestUsers.HANA, "/api/services/business-licence/draft")
				.getBody()
				.at("/data/businessName")
				.asText()).as("the newer one was not overwritten").isEqualTo("Laptop Lemonade");
		}
	}

	@Test
	void thePortalOpensOfflineFromItsCopyAndSaysWhatNeedsAConnection() {
		Portal portal = new Portal(this.port);
		try (BrowserContext context = Portal.phone()) {
			Page page = context.newPage();
			page.navigate(portal.url("/"));
			keptForOffline(page, null);
			Connection connection = new Connection(context);

			connection.cut();
			page.navigate(portal.url("/"));
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Business licence")))
				.isVisible();
			assertThat(page.getByText("You are offline.")).isVisible();
			assertThat(Axe.seriousViolations(page)).isEmpty();
			page.navigate(portal.url("/requests"));
			assertThat(page.getByRole(AriaRole.HEADING,
					new Page.GetByRoleOptions().setName("This page needs a connection")))
				.isVisible();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("العربية")).click();
			assertThat(
					page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("هذه الصفحة تحتاج إلى اتصال")))
				.isVisible();
			assertThat(Axe.seriousViolations(page)).isEmpty();
			@SuppressWarnings("unchecked")
			Map<String, Object> kept = (Map<String, Object>) page.evaluate(KEPT);
			assertThat(kept).containsEntry("session", 0).containsEntry("outbox", 0).containsEntry("drafts", 0);

			connection.restore();
			assertThat(page.getByRole(AriaRole.HEADING,
					new Page.GetByRoleOptions().setName("يرجى تسجيل الدخول للمتابعة.")))
				.isVisible();
		}
	}

	@Test
	void signingOutLeavesNothingOfTheCitizenInTheBrowser() {
		Portal portal = new Portal(this.port);
		try (BrowserContext context = Portal.phone()) {
			Page page = context.newPage();
			portal.signIn(page, TestUsers.SARA, SERVICE);
			keptForOffline(page, "business-licence");
			Portal.fillBusinessLicence(page, "Sara Citizen", "sara@example.org", "Signed Out Sandwiches");
			Connection connection = new Connection(context);
			connection.cut();
			Portal.submit(page);
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Waiting to send")))
				.isVisible();

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
			assertThat(page.getByRole(AriaRole.ALERT)).containsText("Applications waiting to send on this device: 1");
			assertThat(Axe.seriousViolations(page)).isEmpty();
			connection.restore();
			assertThat(page).hasURL(REQUEST_PAGE);
			page.navigate(portal.url(SERVICE));
			page.getByLabel("Business name").fill("Second Thoughts Sandwiches");
			assertThat(page.locator(".draft-status")).containsText("Draft saved at");
			@SuppressWarnings("unchecked")
			Map<String, Object> before = (Map<String, Object>) page.evaluate(KEPT);
			assertThat(before).containsEntry("session", 1).containsEntry("drafts", 1).containsEntry("catalog", true);

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();
			@SuppressWarnings("unchecked")
			Map<String, Object> after = (Map<String, Object>) page.evaluate(KEPT);
			assertThat(after).containsEntry("outbox", 0)
				.containsEntry("sent", 0)
				.containsEntry("drafts", 0)
				.containsEntry("session", 0);
		}
		assertThat(requestsNamed("Signed Out Sandwiches")).isEqualTo(1);
	}

	/**
	 * Once the service worker controls the page, a reload brings the page's catalog
	 * answer through it, so that its copy is there when the connection goes.
	 */
	private static void keptForOffline(Page page, String serviceKey) {
		page.waitForFunction("() => navigator.serviceWorker.controller !== null");
		page.reload();
		String wanted = (serviceKey == null) ? "/api/services?" : "/api/services/" + serviceKey + "?";
		page.waitForFunction("async (wanted) => (await (await caches.open('catalog')).keys())"
				+ ".some((request) => request.url.includes(wanted))", wanted);
		if (serviceKey != null) {
			assertThat(page.getByLabel("Business name")).isEditable();
		}
	}

}
