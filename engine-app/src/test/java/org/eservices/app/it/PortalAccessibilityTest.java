package org.eservices.app.it;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.eservices.app.web.Axe;
import org.eservices.app.web.Chromium;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core on every page of the portal, in English and Arabic, as a citizen and as a
 * clerk: no serious or critical WCAG 2.2 AA violation.
 */
class PortalAccessibilityTest extends PostgresIntegrationTest {

	@BeforeEach
	void anInboxWithOnlyThisTestsCases() {
		endOpenCases();
	}

	@LocalServerPort
	int port;

	@Test
	void everyPageInBothLanguagesPassesAxe() {
		// a form with every form-js component, a dynamic list and a file picker among
		// them
		new EveryComponentIntegrationTest.Deployment(this.repositoryService, this.api).deploy();
		String reference = submitPaidBusinessLicence(TestUsers.ANNA, "Accessible Atelier");
		String task = this.api.taskOf(TestUsers.CLARA, reference).orElseThrow();
		this.api.post(TestUsers.CLARA, "/api/tasks/" + task + "/claim", null);
		List<String> violations = new ArrayList<>();
		for (String locale : List.of("en", "ar")) {
			violations.addAll(check(null, locale, "/", "/services/business-licence", "/login", "/signup"));
			violations.addAll(check(TestUsers.ANNA, locale, "/services/business-licence",
					"/services/residence-certificate", "/services/every-component", "/services/building-permit",
					"/requests", "/requests/" + reference, "/account/notifications", "/account/data"));
			violations.addAll(check(TestUsers.CLARA, locale, "/tasks", "/tasks/" + task, "/workspace/requests"));
			violations.addAll(check(TestUsers.SUPERVISOR, locale, "/workspace/reports"));
		}
		assertThat(violations).isEmpty();
	}

	private List<String> check(String user, String locale, String... paths) {
		List<String> violations = new ArrayList<>();
		try (BrowserContext context = Chromium.browser()
			.newContext(new NewContextOptions().setBypassCSP(true).setViewportSize(1280, 900))) {
			Page page = context.newPage();
			page.navigate(url("/"));
			page.evaluate("locale => localStorage.setItem('locale', locale)", locale);
			if (user != null) {
				new Portal(this.port).signIn(page, user, "/");
			}
			for (String path : paths) {
				page.navigate(url(path));
				assertThat(page.locator("main > .view > h1")).isVisible();
				assertThat(page.locator("html")).hasAttribute("lang", locale);
				page.waitForLoadState();
				Axe.seriousViolations(page)
					.forEach((violation) -> violations.add(locale + " " + path + ": " + violation));
			}
		}
		return violations;
	}

	private String url(String path) {
		return new Portal(this.port).url(path);
	}

}
