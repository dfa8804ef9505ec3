package org.eservices.app.it;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.eservices.app.web.Chromium;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The portal as the browser tests drive it: its addresses on the test server, its
 * sign-in, and form-js's select fields.
 */
record Portal(int port) {

	String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	/** Signs in with the sign-in form and lands on the given page. */
	void signIn(Page page, String user, String path) {
		signIn(page, user, TestUsers.PASSWORD, path);
	}

	void signIn(Page page, String user, String password, String path) {
		page.navigate(url("/signin?next=" + path));
		page.locator("#username").fill(user);
		page.locator("#password").fill(password);
		page.locator("button[type=submit]").click();
		assertThat(page).hasURL(url(path));
	}

	/**
	 * Fills the business licence's start form as an applicant would, declaration ticked;
	 * the date in the en-GB order, day first.
	 */
	static void fillBusinessLicence(Page page, String applicant, String email, String businessName) {
		page.getByLabel("Your full name").fill(applicant);
		page.getByLabel("Email address").fill(email);
		page.getByLabel("Mobile phone").fill("+4930664040901");
		page.getByLabel("Business name").fill(businessName);
		choose(page, "Type of activity", "Restaurant, cafe or food outlet");
		page.getByLabel("Business address").fill("3 Realm Road, Springfield");
		page.getByLabel("Number of employees").fill("2");
		page.getByLabel("Planned opening date").fill("15/01/2027");
		page.getByLabel("Planned opening date").press("Enter");
		page.getByLabel("I declare that the information I have given is true and complete").check();
	}

	/**
	 * A phone's browser, whose connection a test may cut off for the page and its service
	 * worker alike ({@link org.eservices.app.web.Connection}).
	 */
	static BrowserContext phone() {
		return Chromium.seeingServiceWorkers()
			.newContext(new NewContextOptions().setBypassCSP(true).setViewportSize(412, 915).setLocale("en-GB"));
	}

	/** Submits the start form with its button, as a citizen does. */
	static void submit(Page page) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit application")).click();
	}

	/** Opens a form-js select by its label and picks an option with the mouse. */
	static void choose(Page page, String field, String option) {
		page.locator(".fjs-form-field-select", new Page.LocatorOptions().setHasText(field))
			.locator(".fjs-input-group")
			.click();
		page.locator(".fjs-dropdownlist-item", new Page.LocatorOptions().setHasText(option)).click();
	}

}
