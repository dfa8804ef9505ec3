package org.eservices.app.it;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.eservices.app.web.Axe;
import org.eservices.app.web.Chromium;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form with a group, a dynamic list, a computed total, a table and a file picker, in
 * Chromium: items added and removed, an item's error named by its number, the file sent
 * with the application, the answers shown back to citizen and clerk; in Arabic too, axe
 * clean.
 */
class DynamicFormBrowserTest extends PostgresIntegrationTest {

	static final FilePayload PLAN = new FilePayload("site-plan.pdf", "application/pdf",
			"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

	@LocalServerPort
	int port;

	@BeforeEach
	void deploy() {
		new EveryComponentIntegrationTest.Deployment(this.repositoryService, this.api).deploy();
	}

	@Test
	void aCitizenAddsAndRemovesItemsChoosesAFileAndSeesTheAnswersAndSoDoesTheClerk() {
		String reference;
		try (BrowserContext context = browser("en-GB")) {
			Page page = context.newPage();
			new Portal(this.port).signIn(page, TestUsers.ANNA, "/services/every-component");
			page.getByLabel("Full name").fill("Anna Example");
			page.getByLabel("I agree").check();
			page.getByLabel("True answers").check();
			page.getByLabel("Owner consents").check();
			page.getByLabel("Street").fill("1 Nile Street");
			Locator items = page.locator(".fjs-repeat-row-rows");
			choose(items.nth(0), "Building");
			items.nth(0).getByLabel("Floor area (m²)").fill("120");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add new")).click();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add new")).click();
			assertThat(items).hasCount(3);
			choose(items.nth(1), "Shed");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove list item 3")).click();
			assertThat(items).hasCount(2);
			page.locator(".form-js input[type=file]").setInputFiles(PLAN);

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit application")).click();
			assertThat(page.getByRole(AriaRole.ALERT))
				.containsText("Structures 2 – Floor area (m²): Field is required.");
			items.nth(1).getByLabel("Floor area (m²)").fill("30");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit application")).click();

			assertThat(page).hasURL(Pattern.compile(".*/requests/EC-.*\\?submitted"));
			page.getByText("Your answers").click();
			Locator answers = page.locator(".answers-section");
			assertThat(answers).containsText("Shed");
			assertThat(answers).containsText("150");
			assertThat(answers).containsText("1 Nile Street");
			assertThat(answers.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("site-plan.pdf")))
				.isVisible();
			reference = page.url().replaceAll(".*/requests/([^?]+).*", "$1");
		}
		// the clerk reads the same answers, with the list and the file, on the task page
		String task = this.api.taskOf(TestUsers.CLARA, reference).orElseThrow();
		try (BrowserContext context = browser("en-GB")) {
			Page page = context.newPage();
			new Portal(this.port).signIn(page, TestUsers.CLARA, "/tasks/" + task);
			Locator answers = page.locator("dl.answers").first();
			assertThat(answers.locator("ol.answer-items > li")).hasCount(2);
			assertThat(answers).containsText("Floor area (m²)");
			assertThat(answers).containsText("Shed");
			assertThat(answers.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("site-plan.pdf")))
				.isVisible();
		}
	}

	@Test
	void theSameFormInArabicIsRightToLeftAndPassesAxe() {
		try (BrowserContext context = browser("ar")) {
			Page page = context.newPage();
			page.navigate(new Portal(this.port).url("/"));
			page.evaluate("() => localStorage.setItem('locale', 'ar')");
			new Portal(this.port).signIn(page, TestUsers.OMAR, "/services/every-component");
			assertThat(page.locator("html")).hasAttribute("dir", "rtl");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("إضافة")).click();
			assertThat(page.locator(".fjs-repeat-row-rows")).hasCount(2);
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("حذف العنصر 2")))
				.isVisible();
			assertThat(page.getByText("لم يتم اختيار أي ملف")).isVisible();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("إرسال الطلب")).click();
			assertThat(page.getByRole(AriaRole.ALERT)).containsText("المنشآت ١ – النوع: هذا الحقل مطلوب.");
			assertThat(Axe.seriousViolations(page)).isEmpty();
		}
	}

	/** Picks an option of the item's "Type" select. */
	private static void choose(Locator item, String option) {
		item.locator(".fjs-form-field-select").locator(".fjs-input-group").click();
		item.page().locator(".fjs-dropdownlist-item", new Page.LocatorOptions().setHasText(option)).click();
	}

	private static BrowserContext browser(String locale) {
		return Chromium.browser()
			.newContext(new NewContextOptions().setBypassCSP(true).setViewportSize(1280, 900).setLocale(locale));
	}

}
