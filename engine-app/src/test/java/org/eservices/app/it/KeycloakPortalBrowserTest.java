package org.eservices.app.it;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.eservices.app.web.Chromium;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The portal in chromium under the production profiles: a citizen signs in on Keycloak's
 * page from the service they want, comes back to its form, applies, and signs out of
 * both.
 */
class KeycloakPortalBrowserTest extends KeycloakPlatformTest {

	@Test
	void aCitizenSignsInOnKeycloakFromAServiceAppliesAndSignsOut() {
		try (BrowserContext context = Chromium.browser()
			.newContext(new NewContextOptions().setViewportSize(1280, 900).setLocale("en-GB"))) {
			Page page = context.newPage();
			page.navigate(app("/services/business-licence").toString());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in to apply")).click();

			assertThat(page.locator("#kc-login")).isVisible(); // Keycloak's page
			page.locator("#username").fill(OMAR);
			page.locator("#password").fill(PASSWORD);
			page.locator("#kc-login").click();

			assertThat(page).hasURL(app("/services/business-licence").toString());
			assertThat(page.locator(".user")).hasText(OMAR);
			Portal.fillBusinessLicence(page, "Omar Citizen", OMAR, "Single Sign-On Sandwiches");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit application")).click();
			assertThat(page.getByText("Your reference number is BL-")).isVisible();

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();
			page.navigate(app("/signin?next=/requests").toString());
			// Keycloak's session ended too: its sign-in form, not the portal
			assertThat(page.locator("#kc-login")).isVisible();
		}
	}

}
