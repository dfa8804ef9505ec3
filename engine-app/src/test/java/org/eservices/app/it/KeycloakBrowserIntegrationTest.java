package org.eservices.app.it;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.eservices.app.keycloak.Browser;
import org.eservices.app.keycloak.KeycloakLogin;
import org.eservices.app.keycloak.KeycloakServer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browsers sign in through Keycloak's pages and then hold only a server-side session: the
 * portal and the Camunda webapps share it, and signing out of either ends both and the
 * Keycloak session. Citizens register themselves.
 */
class KeycloakBrowserIntegrationTest extends KeycloakPlatformTest {

	static final URI PORTAL = app("/");

	static final URI MY_REQUESTS = app("/api/requests");

	static final URI COCKPIT = app("/camunda/app/cockpit/" + ENGINE + "/");

	static final URI CAMUNDA_USER = app("/camunda/api/admin/auth/user/" + ENGINE);

	@Autowired
	IdentityService identityService;

	@Test
	void aCitizenSignsInAndUsesThePortalWithASessionAndNoTokenInTheBrowser() {
		Browser browser = new Browser();
		HttpResponse<String> landed = KeycloakLogin.portal(browser, ANNA, PASSWORD);
		assertThat(landed.uri().getPort()).as("back in the portal").isEqualTo(KeycloakServer.APP_PORT);
		assertThat(landed.statusCode()).isEqualTo(200);
		assertThat(browser.cookiesFor(PORTAL)).containsKeys("JSESSIONID", "XSRF-TOKEN")
			.allSatisfy(
					(name, value) -> assertThat(value).as("cookie %s holds no token", name).doesNotStartWith("eyJ"));

		assertThat(browser.get(MY_REQUESTS).statusCode()).isEqualTo(200);
		assertThat(browser.get(app("/api/me")).body()).contains("\"userId\":\"" + ANNA + "\"",
				"\"roles\":[\"citizen\"]");
		assertThat(this.api.audit(ALEX, "kind=SIGN_IN&actor=" + ANNA)).as("the Keycloak sign-in is audited")
			.isNotEmpty();
		String application = Applications.valid("Browser Bakery");
		assertThat(browser.postJson(app(Applications.PATH), application).statusCode())
			.as("a change without the CSRF token")
			.isEqualTo(403);
		HttpResponse<String> submitted = browser.postJson(app(Applications.PATH), application, "X-XSRF-TOKEN",
				browser.cookiesFor(PORTAL).get("XSRF-TOKEN"));
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
	}

	@Test
	void anAdminOpensCockpitWithoutSigningInAgainButACitizenMayNot() {
		Browser admin = new Browser();
		KeycloakLogin.portal(admin, ALEX, PASSWORD);
		HttpResponse<String> cockpit = admin.open(COCKPIT);
		assertThat(cockpit.uri()).as("no second sign-in").isEqualTo(COCKPIT);
		assertThat(cockpit.statusCode()).isEqualTo(200);
		HttpResponse<String> camundaUser = admin.get(CAMUNDA_USER);
		assertThat(camundaUser.statusCode()).isEqualTo(200);
		assertThat(camundaUser.body()).contains("\"userId\":\"alex@eservices.example\"").contains("cockpit", "admin");

		Browser citizen = new Browser();
		KeycloakLogin.portal(citizen, ANNA, PASSWORD);
		assertThat(citizen.open(COCKPIT).statusCode()).isEqualTo(403);

		HttpResponse<String> anonymous = new Browser().open(COCKPIT);
		assertThat(Browser.hasForm(anonymous, KeycloakLogin.LOGIN_FORM)).as("sent to Keycloak to sign in").isTrue();
	}

	@Test
	void signingOutOfThePortalEndsThePortalCamundaAndKeycloakSessions() {
		Browser browser = new Browser();
		KeycloakLogin.portal(browser, ALEX, PASSWORD);
		browser.open(COCKPIT);
		assertThat(browser.get(CAMUNDA_USER).statusCode()).isEqualTo(200);

		HttpResponse<String> signedOut = browser
			.follow(browser.post(app("/logout"), Map.of("_csrf", browser.cookiesFor(PORTAL).get("XSRF-TOKEN"))));
		assertThat(signedOut.uri()).as("back in the portal, through Keycloak").isEqualTo(PORTAL);

		assertSignedOutEverywhere(browser);
	}

	@Test
	void signingOutOfCockpitEndsThePortalAndKeycloakSessionsToo() {
		Browser browser = new Browser();
		KeycloakLogin.portal(browser, ALEX, PASSWORD);
		browser.open(COCKPIT);
		HttpResponse<String> camundaUser = browser.get(CAMUNDA_USER);
		assertThat(camundaUser.statusCode()).isEqualTo(200);
		assertThat(browser.get(app("/camunda/app/cockpit/scripts/config.js")).body())
			.as("Cockpit reloads, through Keycloak, instead of showing its own sign-in form")
			.contains("#/login", "window.location.replace(window.location.pathname)");

		HttpResponse<String> signedOut = browser.post(app("/camunda/api/admin/auth/user/" + ENGINE + "/logout"),
				Map.of(), "X-XSRF-TOKEN", camundaUser.headers().firstValue("X-XSRF-TOKEN").orElse(""));
		assertThat(signedOut.statusCode()).isEqualTo(200);

		assertSignedOutEverywhere(browser);
	}

	@Test
	void aCitizenRegistersThemselvesAndSubmitsARequest() {
		String email = "new-citizen-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		Browser browser = new Browser();
		HttpResponse<String> login = browser.open(app("/signup"));
		assertThat(Browser.hasForm(login, KeycloakLogin.LOGIN_FORM)).as("sign-up is Keycloak's").isTrue();
		HttpResponse<String> registration = browser.open(Browser.link(login, "registration"));
		HttpResponse<String> landed = browser.submit(registration, "kc-register-form",
				Map.of("email", email, "firstName", "Nora", "lastName", "Newcomer", "password", "a-long-passphrase-1",
						"password-confirm", "a-long-passphrase-1"));
		assertThat(landed.uri()).as("registered and back in the portal, signed in").isEqualTo(PORTAL);

		HttpResponse<String> submitted = browser.postJson(app(Applications.PATH), Applications.valid("Newcomer Crafts"),
				"X-XSRF-TOKEN", browser.cookiesFor(PORTAL).get("XSRF-TOKEN"));
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
		String reference = KeycloakLogin.field(submitted.body(), "reference");
		assertThat(browser.get(MY_REQUESTS).body()).as("in my requests").contains(reference);
		assertThat(this.identityService.createUserQuery().userId(email).singleResult())
			.as("the engine knows the new citizen through the identity plugin")
			.isNotNull();
	}

	private static void assertSignedOutEverywhere(Browser browser) {
		assertThat(browser.get(MY_REQUESTS).statusCode()).as("portal session ended").isEqualTo(401);
		assertThat(browser.get(CAMUNDA_USER).statusCode()).as("Camunda session ended").isEqualTo(401);
		HttpResponse<String> signInAgain = browser.open(app("/oauth2/authorization/keycloak"));
		assertThat(Browser.hasForm(signInAgain, KeycloakLogin.LOGIN_FORM)).as("Keycloak session ended").isTrue();
	}

}
