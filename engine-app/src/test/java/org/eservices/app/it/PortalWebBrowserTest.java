package org.eservices.app.it;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.AriaRole;
import org.eservices.app.web.Chromium;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The portal in Debian's chromium against the platform on PostgreSQL: a citizen finds the
 * business licence, signs in, applies through the form-js form and follows the request,
 * in English and Arabic. Screenshots go to {@code target/screenshots/}.
 */
class PortalWebBrowserTest extends PostgresIntegrationTest {

	@BeforeEach
	void anInboxWithOnlyThisTestsCases() {
		endOpenCases();
	}

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

	@LocalServerPort
	int port;

	@Test
	void aCitizenSignsInAppliesAndFollowsTheRequest() {
		try (BrowserContext context = desktop()) {
			Page page = context.newPage();
			page.navigate(url("/"));
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Services"))).isVisible();
			page.getByLabel("Search services").fill("licence");
			assertThat(page.locator(".card")).hasCount(1);
			screenshot(page, "catalog-desktop");

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Business licence application")).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("What you need")))
				.isVisible();
			assertThat(page.getByText("€40 for street trading")).isVisible();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in to apply")).click();
			page.locator("#username").fill(TestUsers.ANNA);
			page.locator("#password").fill(TestUsers.PASSWORD);
			page.locator("button[type=submit]").click();
			assertThat(page).hasURL(url("/services/business-licence"));

			Page.GetByRoleOptions submit = new Page.GetByRoleOptions().setName("Submit application");
			page.getByRole(AriaRole.BUTTON, submit).click();
			assertThat(page.getByRole(AriaRole.ALERT)).containsText("Your full name");

			page.getByLabel("Your full name").fill("Anna Citizen");
			page.getByLabel("Email address").fill("anna@example.org");
			assertThat(page.locator(".draft-status")).containsText("Draft saved at");

			// leave, and come back to the draft from "My requests"
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My requests")).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Continue: Business licence application"))
				.click();
			assertThat(page.locator(".draft-status")).containsText("You are continuing the draft");
			assertThat(page.getByLabel("Your full name")).hasValue("Anna Citizen");
			assertThat(page.getByLabel("Email address")).hasValue("anna@example.org");
			page.getByLabel("Mobile phone").fill("+4930664040900");
			page.getByLabel("Business name").fill("Chromium Cafe");
			Portal.choose(page, "Type of activity", "Restaurant, cafe or food outlet");
			page.getByLabel("Business address").fill("2 Browser Lane, Springfield");
			page.getByLabel("Number of employees").fill("4");
			page.getByLabel("Planned opening date").fill("15/01/2027"); // en-GB: day
																		// first
			page.getByLabel("Planned opening date").press("Enter");
			page.getByLabel("I declare that the information I have given is true and complete").check();

			// documents beside the form, before sending: a wrong one is refused, a
			// mistaken
			// one removed
			Page.GetByRoleOptions upload = new Page.GetByRoleOptions().setName("Upload");
			page.getByLabel("Add a document")
				.setInputFiles(new FilePayload("notes.txt", "text/plain", "just text".getBytes()));
			page.getByRole(AriaRole.BUTTON, upload).click();
			assertThat(page.locator("#document-error")).hasText("Upload a PDF, PNG or JPEG file.");
			assertThat(page.getByLabel("Add a document")).isFocused();
			for (String name : List.of("floor-plan.pdf", "old-lease.pdf")) {
				page.getByLabel("Add a document")
					.setInputFiles(new FilePayload(name, "application/pdf", AttachmentIntegrationTest.PDF));
				page.getByRole(AriaRole.BUTTON, upload).click();
				assertThat(page.locator(".documents")).containsText(name);
			}
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove old-lease.pdf")).click();
			assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("removed")))
				.hasText("old-lease.pdf removed.");
			assertThat(page.locator(".documents li")).hasCount(1);
			screenshot(page, "application-form-desktop");
			page.getByRole(AriaRole.BUTTON, submit).click();

			assertThat(page).hasURL(Pattern.compile("/requests/BL-\\d{4}-\\d{6}\\?submitted$"));
			assertThat(page.getByText("Your reference number is BL-")).isVisible();
			String reference = page.url().replaceAll(".*/requests/([^?]+).*", "$1");
			assertThat(page.locator(".timeline")).containsText("Submitted");
			assertThat(page.locator(".documents")).hasText(Pattern.compile("^floor-plan\\.pdf"));

			// the fee and the first messages come from jobs (no job executor in these
			// tests)
			runDueJobs(processInstanceOf(reference));
			page.reload();
			assertThat(page.locator(".messages")).containsText("Email");
			Locator pay = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Pay ")));
			page.navigate(url(URI.create(pay.getAttribute("href")).getPath()));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Pay "))).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to your request")).click();
			runDueJobs(processInstanceOf(reference));
			page.reload();
			assertThat(page.getByText("€150.00 – Paid")).isVisible();
			assertThat(page.locator(".timeline")).containsText("Fee paid");
			assertThat(page.locator(".messages li")).hasCount(4); // received and paid,
																	// each by email and
																	// SMS
			screenshot(page, "request-desktop");

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My requests")).click();
			assertThat(page.getByRole(AriaRole.TABLE)).containsText(reference);
			assertThat(page.getByText("Applications you have not sent yet")).hasCount(0); // sent:
																							// no
																							// draft

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("العربية")).click();
			assertThat(page.locator("html")).hasAttribute("dir", "rtl");
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("طلباتي"))).isVisible();
			// the service's name and the status from the analyst's Arabic bundle
			assertThat(page.getByRole(AriaRole.TABLE)).containsText("طلب ترخيص مزاولة نشاط تجاري");
			assertThat(page.getByRole(AriaRole.TABLE)).containsText("قيد المراجعة");
			screenshot(page, "my-requests-arabic-desktop");
		}
	}

	@Test
	void aClerkAsksForMoreInformationTheCitizenAnswersAndTheClerkApproves() {
		this.api.upload(TestUsers.ANNA, "/api/services/business-licence/draft/attachments", "kitchen-plan.pdf",
				AttachmentIntegrationTest.PDF);
		String reference = submitPaidBusinessLicence(TestUsers.ANNA, "Workspace Bakery");
		try (BrowserContext clerkContext = desktop(); BrowserContext citizenContext = desktop()) {
			Page clerk = signedIn(clerkContext, TestUsers.CLARA, "/tasks");
			clerk.getByLabel("Service").selectOption("business-licence");
			Locator row = clerk.locator("tr", new Page.LocatorOptions().setHasText(reference));
			row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Claim")).click();
			assertThat(clerk.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Review application – " + reference);
			assertThat(clerk.locator(".answers")).containsText("Workspace Bakery");
			assertThat(clerk.locator(".documents")).containsText("kitchen-plan.pdf");
			clerk.getByLabel("Ask the applicant for more information").check();
			clerk.getByLabel("What do you need from the applicant?").fill("Please send the floor plan of the kitchen.");
			screenshot(clerk, "clerk-task-desktop");
			clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete task")).click();
			assertThat(clerk.getByRole(AriaRole.STATUS)).containsText(reference);

			Page citizen = signedIn(citizenContext, TestUsers.ANNA, "/requests/" + reference);
			assertThat(citizen.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Action required")))
				.isVisible();
			assertThat(citizen.locator(".action")).containsText("Please send the floor plan of the kitchen.");
			citizen.getByLabel("Your answer").fill("The kitchen is 40 m2; plan attached by post.");
			citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();
			assertThat(citizen.locator(".action")).hasCount(0);

			clerk.navigate(url("/tasks"));
			clerk.locator("tr", new Page.LocatorOptions().setHasText(reference)).getByRole(AriaRole.LINK).click();
			assertThat(clerk.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Review application – " + reference);
			clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Claim")).click();
			// the applicant's answer, in the review form
			assertThat(clerk.locator(".portal-form")).containsText("The kitchen is 40 m2");
			clerk.getByLabel("Approve and issue the licence").check();
			clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete task")).click();
			assertThat(clerk.getByRole(AriaRole.STATUS)).containsText(reference);
			runDueJobs(processInstanceOf(reference));

			citizen.reload();
			assertThat(citizen.locator(".timeline")).containsText("Approved");
			screenshot(citizen, "request-approved-desktop");
		}
	}

	/**
	 * Tab, type, arrow keys, space and enter only: no mouse from sign-in to reference.
	 */
	@Test
	void aCitizenCompletesTheStartFormWithTheKeyboardOnly() {
		try (BrowserContext context = desktop()) {
			Page page = signedIn(context, TestUsers.OMAR, "/services/business-licence");
			Keyboard keys = page.keyboard();
			page.getByLabel("Your full name").waitFor();
			keys.press("Tab");
			assertThat(page.getByLabel("Your full name")).isFocused();
			keys.type("Omar Citizen");
			keys.press("Tab");
			keys.type("omar@example.org");
			keys.press("Tab");
			keys.type("+4930664040901");
			keys.press("Tab");
			keys.type("Keyboard Kiosk");
			keys.press("Tab");
			assertThat(page.getByLabel("Type of activity")).isFocused();
			// the options open on focus; arrow down to the wanted one, as a user watching
			// the
			// highlight would
			assertThat(page.locator(".fjs-dropdownlist")).isVisible();
			Locator highlighted = page.locator(".fjs-dropdownlist-item.focused");
			for (int step = 0; step < 6
					&& !highlighted.allTextContents().contains("Restaurant, cafe or food outlet"); step++) {
				List<String> before = highlighted.allTextContents();
				keys.press("ArrowDown");
				page.waitForCondition(() -> !highlighted.allTextContents().equals(before));
			}
			assertThat(highlighted).hasText("Restaurant, cafe or food outlet");
			keys.press("Enter");
			assertThat(page.locator(".fjs-select-display")).hasText("Restaurant, cafe or food outlet");
			keys.press("Tab");
			assertThat(page.getByLabel("Business address")).isFocused();
			keys.type("3 Keyboard Street, Springfield");
			keys.press("Tab");
			keys.type("2");
			keys.press("Tab");
			assertThat(page.getByLabel("Planned opening date")).isFocused();
			keys.type("02/01/2027");
			keys.press("Enter");
			keys.press("Tab");
			assertThat(page.getByLabel("I declare that the information I have given is true and complete")).isFocused();
			keys.press("Space");
			Locator document = page.getByLabel("Add a document");
			// past form-js's "powered by bpmn.io" link, which its licence keeps on the
			// form, to the documents and then the submit button
			for (int tab = 0; tab < 3
					&& !(Boolean) document.evaluate("input => input === document.activeElement"); tab++) {
				keys.press("Tab");
			}
			assertThat(document).isFocused();
			keys.press("Tab");
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload"))).isFocused();
			keys.press("Tab");
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit application")))
				.isFocused();
			keys.press("Enter");
			assertThat(page.getByText("Your reference number is BL-")).isVisible();
		}
	}

	@Test
	void theArabicPortalIsRightToLeftWithTheFormInArabic() {
		try (BrowserContext context = desktop()) {
			Page page = signedIn(context, TestUsers.OMAR, "/");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("العربية")).click();
			assertThat(page.locator("html")).hasAttribute("dir", "rtl");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("طلب ترخيص مزاولة نشاط تجاري")).click();
			assertThat(page.getByLabel("الاسم الكامل")).isVisible();
			assertThat(page.getByLabel("تاريخ الافتتاح المتوقع")).isVisible();
			assertThat(page.locator(".fjs-select-placeholder")).hasText("اختر");
			// form-js's own messages and date picker speak Arabic too
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("إرسال الطلب")).click();
			assertThat(page.getByRole(AriaRole.ALERT)).containsText("الاسم الكامل: هذا الحقل مطلوب.");
			page.getByLabel("تاريخ الافتتاح المتوقع").click();
			assertThat(page.locator(".flatpickr-calendar.open .flatpickr-weekdays")).containsText("أحد");
			page.keyboard().press("Escape");
			Portal.choose(page, "نوع النشاط", "مطعم أو مقهى أو محل أطعمة");
			assertThat(page.locator(".fjs-select-display")).hasText("مطعم أو مقهى أو محل أطعمة");
			assertThat(page.locator("main > .view > h1")).hasCSS("direction", "rtl");
			screenshot(page, "application-form-arabic-desktop");
		}
	}

	/**
	 * What a citizen typed shows on the clerk's decision form as typed: the form's text
	 * (markdown with {@code {{businessName}}}) makes no image, link or markup of it.
	 */
	@Test
	void whatACitizenTypedIsTextOnTheClerksTaskPage() {
		String typed = "\"><img src=x id=injected> [Verify documents here](https://evil.example) www.evil.example";
		String reference = submitPaidBusinessLicence(TestUsers.OMAR, typed.replace("\"", "\\\""));
		String task = this.api.taskOf(TestUsers.CLARA, reference).orElseThrow();
		try (BrowserContext context = desktop()) {
			Page clerk = signedIn(context, TestUsers.CLARA, "/tasks/" + task);
			clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Claim")).click();
			Locator form = clerk.locator(".fjs-form");
			assertThat(form.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName(typed))).isVisible();
			assertThat(form.locator("img#injected")).hasCount(0);
			assertThat(form.locator("a[href*='evil.example'], a[href^='mailto:']")).hasCount(0);
			screenshot(clerk, "clerk-task-citizen-text");
		}
	}

	@Test
	void aClerkWorksInArabic() {
		String reference = submitPaidBusinessLicence(TestUsers.OMAR, "Souk Sweets");
		try (BrowserContext context = desktop()) {
			Page clerk = signedIn(context, TestUsers.CLARA_COLLEAGUE, "/tasks");
			clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("العربية")).click();
			clerk.getByLabel("الموعد النهائي").selectOption("soon");
			assertThat(clerk.locator("tr", new Page.LocatorOptions().setHasText(reference))).hasCount(0);
			clerk.getByLabel("الموعد النهائي").selectOption("");
			Locator row = clerk.locator("tr", new Page.LocatorOptions().setHasText(reference));
			assertThat(row).containsText("مراجعة الطلب");
			assertThat(row).containsText("طلب ترخيص مزاولة نشاط تجاري");
			row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("استلام")).click();

			assertThat(clerk.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("مراجعة الطلب – " + reference);
			assertThat(clerk.locator(".answers")).containsText("نوع النشاط");
			assertThat(clerk.locator(".answers")).containsText("مطعم أو مقهى أو محل أطعمة");
			assertThat(clerk.locator(".status")).hasText("قيد المراجعة");
			clerk.getByLabel("الموافقة وإصدار الترخيص").check();
			screenshot(clerk, "clerk-task-arabic-desktop");
			clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("إنهاء المهمة")).click();
			assertThat(clerk.locator(".banner")).containsText(reference);
		}
	}

	@Test
	void aVisitorCreatesAnAccountInArabicSignsOutAndSignsIn() {
		String email = "layla.browser@example.org";
		try (BrowserContext context = desktop()) {
			Page page = context.newPage();
			page.navigate(url("/"));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("العربية")).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("إنشاء حساب")).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("أنشئ حسابك"))).isVisible();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("إنشاء الحساب")).click();
			Locator summary = page.getByRole(AriaRole.ALERT);
			assertThat(summary).containsText("أدخل عنوان بريدك الإلكتروني.");
			summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("اختر كلمة مرور.")).click();
			assertThat(page.getByLabel("كلمة المرور")).isFocused();

			page.getByLabel("البريد الإلكتروني").fill(email);
			page.getByLabel("الاسم الأول").fill("Layla");
			page.getByLabel("اسم العائلة").fill("Haddad");
			page.getByLabel("كلمة المرور").fill(email);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("إنشاء الحساب")).click();
			assertThat(summary).containsText("اختر كلمة مرور غير عنوان بريدك الإلكتروني.");
			page.getByLabel("كلمة المرور").fill("a long passphrase 1");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("إنشاء الحساب")).click();
			assertThat(page).hasURL(url("/"));
			assertThat(page.locator(".user")).hasText(email);

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("تسجيل الخروج")).click();
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("تسجيل الدخول"))).isVisible();
			page.navigate(url("/signin?next=/requests"));
			// an unknown user: a wrong password would lock the account for a moment
			// (Camunda's login delay)
			page.getByLabel("اسم المستخدم أو البريد الإلكتروني").fill("nobody@example.org");
			page.getByLabel("كلمة المرور").fill("a long passphrase 1");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("تسجيل الدخول")).click();
			assertThat(page.getByRole(AriaRole.ALERT)).containsText("اسم المستخدم أو كلمة المرور غير صحيحة");
			assertThat(page.getByLabel("كلمة المرور")).hasValue("");
			page.getByLabel("اسم المستخدم أو البريد الإلكتروني").fill(email);
			page.getByLabel("كلمة المرور").fill("a long passphrase 1");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("تسجيل الدخول")).click();
			assertThat(page).hasURL(url("/requests"));
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("طلباتي"))).isVisible();
		}
	}

	@Test
	void aCitizenChoosesHowToBeNotified() {
		try (BrowserContext context = desktop()) {
			this.users.ensure("nadia", List.of("citizen")); // her own preferences: no
															// other test's
			Page page = signedIn(context, "nadia", "/account/notifications");
			page.getByLabel("By email").uncheck();
			page.getByLabel("By text message (SMS)").uncheck();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
			assertThat(page.getByRole(AriaRole.ALERT)).hasText("Choose email, text message or both.");
			page.getByLabel("By text message (SMS)").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).hasText("Saved.");
			page.reload();
			assertThat(page.getByLabel("By email")).not().isChecked();
			assertThat(page.getByLabel("By text message (SMS)")).isChecked();
		}
	}

	/**
	 * The server checks what the browser sends, whatever the browser checked: a changed
	 * request body (here, the e-mail replaced on its way) comes back as errors on the
	 * form's fields, and nothing is submitted.
	 */
	@Test
	void errorsFromTheServerAppearOnTheRightFields() {
		try (BrowserContext context = desktop()) {
			Page page = signedIn(context, TestUsers.OMAR, "/services/business-licence");
			page.route("**/api/services/business-licence/requests", (route) -> route.resume(new Route.ResumeOptions()
				.setPostData(route.request().postData().replace("omar@example.org", "omar(at)example.org"))));
			Portal.fillBusinessLicence(page, "Omar Citizen", "omar@example.org", "Tampered Tea House");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit application")).click();

			assertThat(page.getByRole(AriaRole.ALERT)).containsText("Email address:");
			assertThat(
					page.locator(".fjs-form-field", new Page.LocatorOptions().setHas(page.getByLabel("Email address")))
						.locator(".fjs-form-field-error"))
				.isVisible();
			assertThat(
					page.locator(".fjs-form-field", new Page.LocatorOptions().setHas(page.getByLabel("Business name")))
						.locator(".fjs-form-field-error"))
				.hasCount(0);
			assertThat(page).hasURL(url("/services/business-licence"));
		}
	}

	@Test
	void thePortalFitsAPhone() {
		try (BrowserContext context = Chromium.browser()
			.newContext(new NewContextOptions().setViewportSize(360, 740).setLocale("en-GB"))) {
			Page page = context.newPage();
			page.navigate(url("/"));
			assertThat(page.locator(".card", new Page.LocatorOptions().setHasText("Business licence application")))
				.isVisible();
			assertThat(page.locator("body")).hasJSProperty("scrollWidth", 360);
			screenshot(page, "catalog-phone");
			page.navigate(url("/services/business-licence"));
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in to apply")))
				.isVisible();
			screenshot(page, "service-phone");
		}
	}

	private static BrowserContext desktop() {
		return Chromium.browser().newContext(new NewContextOptions().setViewportSize(1280, 900).setLocale("en-GB"));
	}

	/** Signs in with the sign-in form and lands on the given page. */
	private Page signedIn(BrowserContext context, String user, String path) {
		Page page = context.newPage();
		portal().signIn(page, user, path);
		return page;
	}

	private String url(String path) {
		return portal().url(path);
	}

	private Portal portal() {
		return new Portal(this.port);
	}

	private static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}

}
