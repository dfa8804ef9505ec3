package org.eservices.app.it;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.runtime.Job;
import org.eservices.app.web.Axe;
import org.eservices.app.web.Chromium;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The building permit in Chromium, in English and in Arabic: the site's group, structures
 * added and removed, two plans chosen, the application sent and read back; the board's
 * decision page with the departments' opinions shown and not to be changed; axe clean.
 */
class BuildingPermitBrowserTest extends PostgresIntegrationTest {

	static final FilePayload SITE_PLAN = pdf("site-plan.pdf");

	static final FilePayload FLOOR_PLANS = pdf("floor-plans.pdf");

	@LocalServerPort
	int port;

	@Autowired
	HistoryService historyService;

	@Test
	void aCitizenAppliesWithStructuresAndPlansAndTheBoardDecidesWithTheOpinionsInView() {
		String reference;
		try (BrowserContext context = browser("en-GB")) {
			Page page = context.newPage();
			new Portal(this.port).signIn(page, TestUsers.ANNA, "/services/building-permit");
			page.getByLabel("Your full name").fill("Anna Example");
			page.getByLabel("Email address").fill("anna@example.org");
			page.getByLabel("Mobile phone").fill("+4930664040900");
			page.getByLabel("Street and number").fill("4 Olive Street");
			page.getByLabel("Postcode").fill("11511");
			page.getByLabel("City").fill("Springfield");
			Locator items = page.locator(".fjs-repeat-row-rows");
			assertThat(items).hasCount(1);
			choose(items.nth(0), "House");
			items.nth(0).getByLabel("Floor area (m²)").fill("120");
			items.nth(0).getByLabel("Storeys").fill("2");
			addItem(page);
			addItem(page);
			assertThat(items).hasCount(3);
			choose(items.nth(1), "Garage or carport");
			items.nth(1).getByLabel("Floor area (m²)").fill("25");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove list item 3")).click();
			assertThat(items).hasCount(2);
			assertThat(page.getByText("Total floor area: 145 m²")).isVisible();
			page.locator(".form-js input[type=file]").setInputFiles(new FilePayload[] { SITE_PLAN, FLOOR_PLANS });
			page.getByLabel("I own the site or have the owner's written consent").check();
			page.getByLabel("The plans and details I give are accurate").check();
			assertThat(Axe.seriousViolations(page)).isEmpty();

			submit(page);
			assertThat(page.getByRole(AriaRole.ALERT))
				.containsText("Structures to build 2 – Storeys: Field is required.");
			items.nth(1).getByLabel("Storeys").fill("1");
			submit(page);

			assertThat(page).hasURL(Pattern.compile(".*/requests/BP-.*\\?submitted"));
			// before its checkout job has run, the fee is not known yet: counted from now
			assertThat(page.locator(".service-level")).hasText(Pattern.compile("Decision expected by .+ 20\\d\\d\\."));
			page.getByText("Your answers").click();
			Locator answers = page.locator(".answers-section");
			assertThat(answers).containsText("Garage or carport");
			assertThat(answers).containsText("4 Olive Street");
			assertThat(answers.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("floor-plans.pdf")))
				.isVisible();
			reference = page.url().replaceAll(".*/requests/([^?]+).*", "$1");
		}
		String instance = processInstanceOf(reference);
		assertThat(this.runtimeService.getVariable(instance, "totalFloorArea")).isEqualTo(145L);
		reviewedAndInspected(reference, instance);

		String decision = this.api.taskOf(TestUsers.SOFIA, reference).orElseThrow();
		try (BrowserContext context = browser("en-GB")) {
			Page page = context.newPage();
			new Portal(this.port).signIn(page, TestUsers.SOFIA, "/tasks/" + decision);
			assertThat(page.locator("main")).containsText("(in 5 working days)");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Claim")).click();
			Locator planning = page.locator(".fjs-form-field-radio")
				.filter(new Locator.FilterOptions().setHasText("Planning"));
			assertThat(planning.getByLabel("Favourable with conditions")).isChecked();
			assertThat(page.getByLabel("Fire safety: reasons and conditions")).hasValue("Two exits, both clear.");
			assertThat(page.getByLabel("Inspection report")).not().isEditable();
			assertThat(page.locator("dl.answers").first().locator("ol.answer-items > li")).hasCount(2);
			assertThat(Axe.seriousViolations(page)).isEmpty();
			page.getByLabel("Grant the permit").check();
			page.getByLabel("Conditions of the permit (the applicant sees them)")
				.fill("Roof no higher than the neighbours'.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete task")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText(reference);
		}
		runDueJobs(instance);
		assertThat(this.api.get(TestUsers.ANNA, "/api/requests/" + reference).getBody().get("status").asText())
			.isEqualTo("approved");
		assertThat(this.historyService.createHistoricVariableInstanceQuery()
			.processInstanceId(instance)
			.variableName("planningOpinion")
			.singleResult()
			.getValue()).as("as planning gave it").isEqualTo("conditions");
	}

	@Test
	void anApplicantFillsItInArabicRightToLeftAxeClean() {
		try (BrowserContext context = browser("ar")) {
			Page page = context.newPage();
			page.navigate(new Portal(this.port).url("/"));
			page.evaluate("() => localStorage.setItem('locale', 'ar')");
			new Portal(this.port).signIn(page, TestUsers.OMAR, "/services/building-permit");
			assertThat(page.locator("html")).hasAttribute("dir", "rtl");
			page.getByLabel("الاسم الكامل").fill("عمر المواطن");
			page.getByLabel("البريد الإلكتروني").fill("omar@example.org");
			page.getByLabel("رقم الهاتف المحمول").fill("+4930664040900");
			page.getByLabel("الشارع والرقم").fill("شارع الزيتون ٤");
			page.getByLabel("الرمز البريدي").fill("11511");
			page.getByLabel("المدينة").fill("الإسكندرية");
			Locator items = page.locator(".fjs-repeat-row-rows");
			choose(items.nth(0), "منزل");
			items.nth(0).getByLabel("المساحة الطابقية (م²)").fill("90");
			items.nth(0).getByLabel("عدد الطوابق").fill("1");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("إضافة")).click();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("إضافة")).click();
			assertThat(items).hasCount(3);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("حذف العنصر 2")).click();
			assertThat(items).hasCount(2);
			choose(items.nth(1), "مرآب أو مظلة سيارات");
			items.nth(1).getByLabel("المساحة الطابقية (م²)").fill("20");
			page.locator(".form-js input[type=file]").setInputFiles(SITE_PLAN);
			page.getByLabel("أنا مالك الموقع أو لديّ موافقة خطية من مالكه").check();
			assertThat(Axe.seriousViolations(page)).isEmpty();

			submitInArabic(page);
			assertThat(page.getByRole(AriaRole.ALERT)).containsText("المنشآت المراد بناؤها ٢ – عدد الطوابق");
			assertThat(Axe.seriousViolations(page)).isEmpty();
			items.nth(1).getByLabel("عدد الطوابق").fill("1");
			submitInArabic(page);

			assertThat(page).hasURL(Pattern.compile(".*/requests/BP-.*\\?submitted"));
			page.getByText("إجاباتك").click();
			Locator answers = page.locator(".answers-section");
			assertThat(answers).containsText("مرآب أو مظلة سيارات");
			assertThat(answers).containsText("شارع الزيتون ٤");
			assertThat(answers.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("site-plan.pdf")))
				.isVisible();
			assertThat(Axe.seriousViolations(page)).isEmpty();
			String reference = page.url().replaceAll(".*/requests/([^?]+).*", "$1");
			assertThat(this.runtimeService.getVariable(processInstanceOf(reference), "totalFloorArea")).isEqualTo(110L);
		}
	}

	/**
	 * Paid; both reviews, the inspection's date, its time and its result, over the API.
	 */
	private void reviewedAndInspected(String reference, String instance) {
		runDueJobs(instance);
		payInSandbox(TestUsers.ANNA, reference);
		complete(TestUsers.FIONA, reference,
				"{ \"fireSafetyOpinion\": \"favourable\", \"fireSafetyNotes\": \"Two exits, both clear.\" }");
		complete(TestUsers.PAUL, reference,
				"{ \"planningOpinion\": \"conditions\", \"planningNotes\": \"Roof no higher than the neighbours'.\" }");
		complete(TestUsers.PAUL, reference, "{ \"inspectionDate\": \"2030-01-15T10:30+01:00\" }");
		runDueJobs(instance);
		Job inspectionDue = this.managementService.createJobQuery()
			.processInstanceId(instance)
			.timers()
			.activityId("InspectionDue")
			.singleResult();
		this.managementService.executeJob(inspectionDue.getId());
		complete(TestUsers.PAUL, reference,
				"{ \"inspectionResult\": \"passed\", \"inspectionReport\": \"The site matches the plans.\" }");
	}

	private void complete(String clerk, String reference, String json) {
		String task = this.api.taskOf(clerk, reference).orElseThrow();
		this.api.post(clerk, "/api/tasks/" + task + "/claim", null);
		assertThat(this.api.post(clerk, "/api/tasks/" + task + "/complete", json).getStatusCode().value())
			.isEqualTo(204);
	}

	private static void addItem(Page page) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add new")).click();
	}

	private static void submit(Page page) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit application")).click();
	}

	private static void submitInArabic(Page page) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("إرسال الطلب")).click();
	}

	/** Picks an option of the item's select. */
	private static void choose(Locator item, String option) {
		item.locator(".fjs-form-field-select").locator(".fjs-input-group").click();
		item.page().locator(".fjs-dropdownlist-item", new Page.LocatorOptions().setHasText(option)).click();
	}

	private static FilePayload pdf(String name) {
		return new FilePayload(name, "application/pdf",
				"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
	}

	private static BrowserContext browser(String locale) {
		return Chromium.browser()
			.newContext(new NewContextOptions().setBypassCSP(true).setViewportSize(1280, 900).setLocale(locale));
	}

}
