package org.eservices.app.it;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.eservices.app.keycloak.Browser;
import org.eservices.app.keycloak.KeycloakLogin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine surfaces' rules under Keycloak, as {@link EngineSurfacesIntegrationTest}
 * checks them with local identity: sessions from Keycloak's sign-in on the webapps' API,
 * access tokens on the engine REST API; each refusal changes nothing.
 */
class KeycloakEngineSurfacesIntegrationTest extends KeycloakPlatformTest {

	private static final String WEBAPP_API = "/camunda/api/engine/engine/" + ENGINE;

	private String reference;

	private String instance;

	@BeforeEach
	void aCaseWaitingForTheLicensingClerks() {
		this.reference = this.journeys.submitPaidBusinessLicence(ANNA, "Keycloak Kiosk");
		this.instance = this.journeys.processInstanceOf(this.reference);
	}

	@Test
	void aCitizensSessionAndTokenReachNeitherTheWebappsNorTheEngine() {
		Map<String, Object> before = this.runtimeService.getVariables(this.instance);
		Browser anna = signedIn(ANNA);
		assertThat(anna.get(app(WEBAPP_API + "/task")).statusCode()).isEqualTo(403);
		assertThat(anna
			.json("PUT", app(WEBAPP_API + "/process-instance/" + this.instance + "/variables/licenceNumber"),
					"{\"value\": \"LIC-FORGED-1\"}", "X-XSRF-TOKEN", webappCsrfToken(anna))
			.statusCode()).isEqualTo(403);
		assertThat(engineRest(ANNA, HttpMethod.PUT, "/process-instance/" + this.instance + "/variables/licenceNumber",
				"{\"value\": \"LIC-FORGED-1\"}")
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.runtimeService.getVariables(this.instance)).isEqualTo(before);
	}

	@Test
	void aClerkWorksTheReviewOnlyThroughItsForm() {
		Map<String, Object> before = this.runtimeService.getVariables(this.instance);
		String review = this.api.taskOf(CLARA, this.reference).orElseThrow();
		Browser clara = signedIn(CLARA);
		String csrf = webappCsrfToken(clara);

		assertThat(clara
			.json("PUT", app(WEBAPP_API + "/process-instance/" + this.instance + "/variables/citizenId"),
					"{\"value\": \"" + OMAR + "\"}", "X-XSRF-TOKEN", csrf)
			.statusCode()).isEqualTo(403);
		HttpResponse<String> tooShort = clara.json("POST", app(WEBAPP_API + "/task/" + review + "/submit-form"),
				"{\"variables\": {\"decision\": {\"value\": \"reject\"}, \"rejectionReason\": {\"value\": \"x\"}}}",
				"X-XSRF-TOKEN", csrf);
		assertThat(tooShort.statusCode()).isEqualTo(400);
		assertThat(tooShort.body()).contains("rejectionReason");
		assertThat(this.runtimeService.getVariables(this.instance)).isEqualTo(before);
		assertThat(this.api.taskOf(CLARA, this.reference)).as("still waiting for the review").isPresent();
	}

	@Test
	void anAnalystsTokenDecidesNothingAndAnAdminsWritesNoPlatformVariable() {
		Map<String, Object> before = this.runtimeService.getVariables(this.instance);
		String review = this.api.taskOf(CLARA, this.reference).orElseThrow();
		assertThat(engineRest(ADA, HttpMethod.POST, "/task/" + review + "/complete",
				"{\"variables\": {\"decision\": {\"value\": \"approve\"}}}")
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(engineRest(ADA, HttpMethod.GET, "/variable-instance?processInstanceIdIn=" + this.instance, null)
			.getBody()).isEmpty();
		assertThat(engineRest(ALEX, HttpMethod.PUT, "/process-instance/" + this.instance + "/variables/licenceNumber",
				"{\"value\": \"LIC-FORGED-1\"}")
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(this.runtimeService.getVariables(this.instance)).isEqualTo(before);
	}

	@Test
	void noOneButAnAdminChangesSuspendsMigratesOrDeletesACase() {
		Map<String, Object> before = this.runtimeService.getVariables(this.instance);
		String review = this.api.taskOf(CLARA, this.reference).orElseThrow();
		String definition = this.runtimeService.createProcessInstanceQuery()
			.processInstanceId(this.instance)
			.singleResult()
			.getProcessDefinitionId();
		for (String user : List.of(ANNA, CLARA, SAM, ADA)) {
			Browser session = signedIn(user);
			String csrf = webappCsrfToken(session);
			for (CaseChangingCalls.Call call : CaseChangingCalls.of(this.instance, definition, review)) {
				assertThat(session
					.json(call.method().name(), app(WEBAPP_API + call.path()), call.body(), "X-XSRF-TOKEN", csrf)
					.statusCode()).as("%s through the webapps' API: %s", user, call).isIn(403, 404);
				assertThat(engineRest(user, call.method(), call.path(), call.body()).getStatusCode())
					.as("%s through /engine-rest: %s", user, call)
					.isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
			}
		}
		assertThat(this.runtimeService.getVariables(this.instance)).isEqualTo(before);
		assertThat(this.runtimeService.createProcessInstanceQuery().processInstanceId(this.instance).active().count())
			.as("neither deleted nor suspended")
			.isOne();
		assertThat(this.api.taskOf(CLARA, this.reference)).as("still waiting for the review").isPresent();
	}

	private static Browser signedIn(String user) {
		Browser browser = new Browser();
		KeycloakLogin.portal(browser, user, PASSWORD);
		return browser;
	}

	/** The webapps' own CSRF token, fetched as their script does. */
	private static String webappCsrfToken(Browser browser) {
		return browser.get(app("/camunda/api/admin/auth/user/" + ENGINE), "X-XSRF-TOKEN", "Fetch")
			.headers()
			.firstValue("X-XSRF-TOKEN")
			.orElse("");
	}

	private ResponseEntity<JsonNode> engineRest(String user, HttpMethod method, String path, String json) {
		return this.api.exchange(user, method, "/engine-rest" + path, json, new HttpHeaders());
	}

}
