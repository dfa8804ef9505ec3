package org.eservices.app.it;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.camunda.bpm.engine.TaskService;
import org.eservices.app.web.Axe;
import org.eservices.app.web.Chromium;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The supervisor's inbox in Chromium: two tasks ticked and given to a clerk at once, the
 * escalated ones filtered out, a request found by its reference and its task opened; axe
 * clean.
 */
class SupervisorWorkspaceBrowserTest extends PostgresIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	TaskService taskService;

	@Test
	void aSupervisorTicksTwoTasksAndGivesThemToAClerk() {
		endOpenCases();
		String first = submitPaidBusinessLicence(TestUsers.ANNA, "Ticked Tannery");
		String second = submitPaidBusinessLicence(TestUsers.OMAR, "Checked Cheesery");
		try (BrowserContext context = Chromium.browser()
			.newContext(new NewContextOptions().setBypassCSP(true).setViewportSize(1280, 900).setLocale("en-GB"))) {
			Page page = context.newPage();
			new Portal(this.port).signIn(page, TestUsers.SUPERVISOR, "/tasks");
			page.getByLabel("Select Review application for " + first).check();
			page.getByLabel("Select Review application for " + second).check();
			page.getByLabel("Give to").selectOption(TestUsers.CLARA_COLLEAGUE);
			assertThat(Axe.seriousViolations(page)).isEmpty();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Give selected")).click();

			assertThat(page.locator(".bulk-actions [role=status]")).hasText("2 done, 0 refused.");
			Locator rows = page.locator("tr", new Page.LocatorOptions().setHasText(first));
			assertThat(rows).containsText(TestUsers.CLARA_COLLEAGUE);
			page.getByLabel("Due").selectOption("escalated");
			assertThat(page.getByText("No tasks match.")).isVisible();
			assertThat(Axe.seriousViolations(page)).isEmpty();

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Find a request")).click();
			page.getByLabel("Reference starts with").fill(second);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).hasText("Requests found: 1.");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(second)).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Review application – " + second);
		}
		assertThat(this.taskService.createTaskQuery().taskAssignee(TestUsers.CLARA_COLLEAGUE).count())
			.isGreaterThanOrEqualTo(2);
	}

}
