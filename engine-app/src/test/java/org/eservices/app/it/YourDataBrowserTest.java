package org.eservices.app.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.eservices.app.web.Axe;
import org.eservices.app.web.Chromium;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Your data" in Chromium: the citizen downloads their archive, is stopped until they
 * confirm, then deletes their account and is signed out; axe finds nothing serious on
 * either state.
 */
class YourDataBrowserTest extends PostgresIntegrationTest {

	static final String EMAIL = "dana.delete@example.org";

	static final String PASSWORD = "a browser that forgets";

	@LocalServerPort
	int port;

	@Test
	void aCitizenDownloadsTheirDataThenDeletesTheirAccount() throws IOException {
		HttpHeaders json = new HttpHeaders();
		json.setContentType(MediaType.APPLICATION_JSON);
		this.rest.postForEntity("/api/signup", new HttpEntity<>("""
				{"email": "%s", "firstName": "Dana", "lastName": "Delete", "password": "%s"}""".formatted(EMAIL,
				PASSWORD), json), JsonNode.class);
		String reference = new Api(this.rest, PASSWORD)
			.post(EMAIL, Applications.PATH, Applications.valid("Dana's Dairy"))
			.getBody()
			.get("reference")
			.asText();
		Portal portal = new Portal(this.port);
		try (BrowserContext context = Chromium.browser()
			.newContext(
					new NewContextOptions().setBypassCSP(true).setAcceptDownloads(true).setViewportSize(1280, 900))) {
			Page page = context.newPage();
			portal.signIn(page, EMAIL, PASSWORD, "/account/data");
			assertThat(page.locator("h1")).hasText("Your data");
			assertThat(Axe.seriousViolations(page)).isEmpty();

			Download download = page.waitForDownload(() -> page.getByText("Download my data").click());
			assertThat(download.suggestedFilename()).startsWith("my-data-").endsWith(".zip");
			assertThat(dataJson(download.path())).contains(reference, "Dana's Dairy");

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete my account")).click();
			assertThat(page.locator("#erase-error"))
				.hasText("Tick the box to confirm that you want your account deleted.");
			assertThat(this.api.get(TestUsers.ROOT, "/api/admin/erasures").getBody().toString()).doesNotContain("Dana");

			page.getByLabel("I understand that my account and my data will be deleted and cannot be restored").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete my account")).click();
			assertThat(page.locator("h1")).hasText("Your account is deleted");
			assertThat(page.getByText("These requests were still open and are withdrawn: " + reference)).isVisible();
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();
			assertThat(Axe.seriousViolations(page)).isEmpty();
		}
		assertThat(new Api(this.rest, PASSWORD).get(EMAIL, "/api/requests").getStatusCode().value()).isEqualTo(401);
	}

	private static String dataJson(Path zip) throws IOException {
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (entry.getName().equals("data.json")) {
					return new String(in.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		return "";
	}

}
