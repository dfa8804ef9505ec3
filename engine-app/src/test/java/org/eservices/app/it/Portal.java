package org.eservices.app.it;

import com.microsoft.playwright.Page;

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
		page.navigate(url("/signin?next=" + path));
		page.locator("#username").fill(user);
		page.locator("#password").fill(TestUsers.PASSWORD);
		page.locator("button[type=submit]").click();
		assertThat(page).hasURL(url(path));
	}

	/** Opens a form-js select by its label and picks an option with the mouse. */
	static void choose(Page page, String field, String option) {
		page.locator(".fjs-form-field-select", new Page.LocatorOptions().setHasText(field))
			.locator(".fjs-input-group")
			.click();
		page.locator(".fjs-dropdownlist-item", new Page.LocatorOptions().setHasText(option)).click();
	}

}
