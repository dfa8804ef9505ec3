package org.eservices.app.it;

import java.nio.file.Files;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.eservices.app.web.Axe;
import org.eservices.app.web.Chromium;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reporting dashboard in Chromium, for a supervisor: charts drawn, the same figures
 * in tables, a week grouped by week, the CSV downloaded, and the page in Arabic right to
 * left; axe clean with every table open.
 */
class ReportsBrowserTest extends PostgresIntegrationTest {

	@LocalServerPort
	int port;

	@Test
	void aSupervisorReadsTheFiguresAsChartsAndTablesInBothLanguages() throws Exception {
		submitPaidBusinessLicence(TestUsers.ANNA, "Charted Chandlery");
		try (BrowserContext context = Chromium.browser()
			.newContext(new NewContextOptions().setBypassCSP(true).setViewportSize(1280, 900).setLocale("en-GB"))) {
			Page page = context.newPage();
			new Portal(this.port).signIn(page, TestUsers.SUPERVISOR, "/tasks");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reports")).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Reports");

			Locator submissions = page.locator("#report-submissions");
			assertThat(submissions.getByRole(AriaRole.IMG)).hasAttribute("aria-label",
					java.util.regex.Pattern.compile("^Submissions\\. \\d+ requests submitted in the period\\.$"));
			page.waitForFunction("() => [...document.querySelectorAll('canvas')].every(c => c.width > 0"
					+ " && c.getContext('2d').getImageData(0, 0, c.width, c.height).data.some(v => v !== 0))");
			assertThat(page.locator("section.report")).hasCount(9);

			submissions.getByText("Show the figures as a table").click();
			Locator table = submissions.getByRole(AriaRole.TABLE);
			assertThat(table.getByRole(AriaRole.COLUMNHEADER).first()).hasText("Period");
			assertThat(table.getByRole(AriaRole.COLUMNHEADER).nth(1)).hasText("Business licence application");
			assertThat(table.getByRole(AriaRole.ROW)).hasCount(31);
			page.locator("#report-funnel").getByText("Show the figures as a table").click();
			assertThat(page.locator("#report-funnel").getByRole(AriaRole.ROW).nth(2)).containsText("Submitted");
			openEveryTable(page);
			assertThat(Axe.seriousViolations(page)).isEmpty();

			page.getByLabel("Period", new Page.GetByLabelOptions().setExact(true)).selectOption("7");
			page.getByLabel("Group").selectOption("week");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
			assertThat(page).hasURL(java.util.regex.Pattern.compile("interval=week"));
			page.locator("#report-submissions").getByText("Show the figures as a table").click();
			assertThat(page.locator("#report-submissions tbody tr").first()).containsText("Week of");

			Download download = page.waitForDownload(
					() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download as CSV"))
						.click());
			assertThat(download.suggestedFilename()).startsWith("eservices-report-").endsWith(".csv");
			assertThat(Files.readString(download.path())).startsWith("figure,period,service,item,value")
				.contains("Business licence application");

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("العربية")).click();
			assertThat(page.locator("html")).hasAttribute("dir", "rtl");
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("التقارير");
			assertThat(page.locator("#report-funnel h2")).hasText("من المسودة إلى القرار");
			openEveryTable(page);
			assertThat(Axe.seriousViolations(page)).isEmpty();
		}
	}

	private static void openEveryTable(Page page) {
		page.evaluate("() => document.querySelectorAll('section.report details').forEach(d => d.open = true)");
	}

}
