package org.eservices.app.it;

import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import org.eservices.app.web.Chromium;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camunda Tasklist in Chromium: a licensing clerk signed in to the portal works a review
 * there, and a completion tampered with on its way (a clerk's developer tools adding the
 * applicant's identity) is refused with the engine's message on Tasklist's page, and
 * changes nothing.
 */
class TasklistBrowserTest extends PostgresIntegrationTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Test
	void aCompletionTamperedWithInTasklistIsRefusedWithTheFormsMessage() throws Exception {
		String reference = submitPaidBusinessLicence(TestUsers.ANNA, "Tasklist Tea Room");
		String instance = processInstanceOf(reference);
		String task = this.api.taskOf(TestUsers.CLARA, reference).orElseThrow();
		Map<String, Object> before = this.runtimeService.getVariables(instance);
		Portal portal = new Portal(this.port);
		try (BrowserContext context = Chromium.browser()
			.newContext(new NewContextOptions().setViewportSize(1280, 900).setLocale("en-GB"))) {
			Page page = context.newPage();
			portal.signIn(page, TestUsers.CLARA, "/tasks");
			page.route("**/task/" + task + "/submit-form", (route) -> route
				.resume(new Route.ResumeOptions().setPostData(withOwner(route.request().postData(), TestUsers.OMAR))));
			page.navigate(portal.url("/camunda/app/tasklist/default/#/?task=" + task));
			assertThat(page.getByText("Tasks I may work")).isVisible();
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/tasklist-opened.png")));
			page.getByText("Claim", new Page.GetByTextOptions().setExact(true)).click();
			page.getByLabel("Approve and issue the licence").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete")).click();

			assertThat(page.getByText("Only the platform sets citizenId.", new Page.GetByTextOptions().setExact(false)))
				.isVisible();
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/tasklist-refused.png")));
		}
		assertThat(this.runtimeService.getVariables(instance)).isEqualTo(before);
		WebappSession clara = WebappSession.signIn(this.rest, TestUsers.CLARA, TestUsers.PASSWORD);
		String filter = JSON.readTree(clara.get(WebappSession.ENGINE_API + "/filter?name=Tasks I may work").getBody())
			.get(0)
			.get("id")
			.asText();
		assertThat(clara
			.exchange(HttpMethod.POST, WebappSession.ENGINE_API + "/filter/" + filter + "/list",
					"{\"processInstanceId\": \"" + instance + "\"}")
			.getBody()).as("Tasklist's list finds the review").contains(task);
		assertThat(this.api.taskOf(TestUsers.CLARA, reference)).as("still waiting for the review").isPresent();
	}

	/**
	 * What a citizen typed shows on Tasklist's task form as typed: the review form's text
	 * (markdown with {@code {{businessName}}}) makes no image, link or markup of it.
	 */
	@Test
	void whatACitizenTypedIsTextOnTasklistsTaskForm() {
		String typed = "\"><img src=x id=injected> [Verify documents here](https://evil.example) www.evil.example";
		String reference = submitPaidBusinessLicence(TestUsers.OMAR, typed.replace("\"", "\\\""));
		String task = this.api.taskOf(TestUsers.CLARA, reference).orElseThrow();
		Portal portal = new Portal(this.port);
		try (BrowserContext context = Chromium.browser()
			.newContext(new NewContextOptions().setViewportSize(1280, 900).setLocale("en-GB"))) {
			Page page = context.newPage();
			portal.signIn(page, TestUsers.CLARA, "/tasks");
			page.navigate(portal.url("/camunda/app/tasklist/default/#/?task=" + task));
			Locator form = page.locator(".fjs-form");
			assertThat(form.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName(typed))).isVisible();
			assertThat(form.getByText("Applicant:")).isVisible();
			assertThat(form.locator("strong", new Locator.LocatorOptions().setHasText("Applicant:"))).hasCount(1);
			assertThat(form.locator("img#injected")).hasCount(0);
			assertThat(form.locator("a[href*='evil.example'], a[href^='mailto:']")).hasCount(0);
			page.screenshot(
					new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/tasklist-citizen-text.png")));
		}
	}

	private static String withOwner(String submitted, String owner) {
		try {
			ObjectNode body = (ObjectNode) JSON.readTree(submitted);
			((ObjectNode) body.path("variables")).putObject("citizenId").put("value", owner).put("type", "String");
			return body.toString();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
