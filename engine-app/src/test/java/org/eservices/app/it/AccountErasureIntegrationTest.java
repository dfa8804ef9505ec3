package org.eservices.app.it;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Delete my account": a citizen with a decided request (paid, licence issued) and an
 * open one (unpaid) erases their account. Afterwards their name, e-mail address and phone
 * number are in no table and no engine variable; the open request was withdrawn and its
 * checkout closed; the payment and the licence stay as retained records without them; the
 * audit log names a pseudonym; admins see the erasure; they got a confirmation and can no
 * longer sign in. Other citizens' data is untouched.
 */
class AccountErasureIntegrationTest extends ProviderStubIntegrationTest {

	static final String EMAIL = "erin.erasmus@example.org";

	static final String PASSWORD = "forget me completely";

	static final String PHONE = "+4915199887766";

	@Test
	void erasureReachesEveryStoreKeepsWhatTheLawKeepsAndTellsTheCitizen() throws Exception {
		// one checkout per request: the first is paid, the second left open
		PROVIDERS.stubFor(post("/v1/checkout/sessions").inScenario("checkouts")
			.whenScenarioStateIs(Scenario.STARTED)
			.willSetStateTo("second")
			.willReturn(json("""
					{ "id": "cs_erin_1", "object": "checkout.session", "status": "open", "payment_status": "unpaid",
					  "url": "https://checkout.stripe.com/c/pay/cs_erin_1" }""")));
		PROVIDERS.stubFor(
				post("/v1/checkout/sessions").inScenario("checkouts").whenScenarioStateIs("second").willReturn(json("""
						{ "id": "cs_erin_2", "object": "checkout.session", "status": "open", "payment_status": "unpaid",
						  "url": "https://checkout.stripe.com/c/pay/cs_erin_2" }""")));
		PROVIDERS.stubFor(get("/v1/checkout/sessions/cs_erin_2").willReturn(json("""
				{ "id": "cs_erin_2", "object": "checkout.session", "status": "open", "payment_status": "unpaid" }""")));
		PROVIDERS.stubFor(post("/v1/checkout/sessions/cs_erin_2/expire").willReturn(
				json("""
						{ "id": "cs_erin_2", "object": "checkout.session", "status": "expired", "payment_status": "unpaid" }""")));
		PROVIDERS.stubFor(post(ProviderFaultsIntegrationTest.MAIL_SEND)
			.willReturn(aResponse().withStatus(202).withHeader("X-Message-Id", "sg-erin")));
		PROVIDERS.stubFor(post(ProviderFaultsIntegrationTest.MESSAGES)
			.willReturn(json("{\"sid\": \"SMerin\", \"status\": \"queued\"}").withStatus(201)));
		signUp();
		Api erin = new Api(this.rest, PASSWORD);
		String annas = this.api.post(TestUsers.ANNA, Applications.PATH, Applications.valid("Anna Keeps Her Shop"))
			.getBody()
			.get("reference")
			.asText();

		String decided = submit(erin, "Erasmus Books");
		pay(decided, "cs_erin_1");
		String review = this.api.taskOf(TestUsers.CLARA, decided).orElseThrow();
		this.api.get(TestUsers.CLARA, "/api/tasks/" + review);
		this.api.post(TestUsers.CLARA, "/api/tasks/" + review + "/complete", "{\"decision\": \"approve\"}");
		runDueJobs(processInstanceOf(decided));
		String licence = erin.get(EMAIL, "/api/requests/" + decided).getBody().at("/outcome/licenceNumber").asText();
		assertThat(licence).isNotEmpty();
		erin.upload(EMAIL, "/api/requests/" + decided + "/attachments", "erasmus-lease.pdf",
				AttachmentIntegrationTest.PDF);
		String open = submit(erin, "Erasmus Cafe");
		String openInstance = processInstanceOf(open);
		erin.exchange(EMAIL, HttpMethod.PUT, "/api/services/business-licence/draft", application("Erasmus Draft"),
				new HttpHeaders());
		erin.exchange(EMAIL, HttpMethod.PUT, "/api/me/notification-preferences", "{\"email\": true, \"sms\": true}",
				new HttpHeaders());
		assertThat(PersonalDataScan.find(this.jdbc, "Erasmus")).as("before: the data is there").isNotEmpty();

		ResponseEntity<JsonNode> unconfirmed = erin.post(EMAIL, "/api/me/erasure", "{}");
		assertThat(unconfirmed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(unconfirmed.getBody().at("/errors/confirm/0").asText()).contains("Confirm");
		assertThat(erin.get(EMAIL, "/api/requests/" + decided).getStatusCode()).as("nothing erased yet")
			.isEqualTo(HttpStatus.OK);

		ResponseEntity<JsonNode> erased = erin.post(EMAIL, "/api/me/erasure", "{\"confirm\": true}");
		assertThat(erased.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(erased.getBody().get("withdrawn")).hasSize(1);
		assertThat(erased.getBody().get("withdrawn").get(0).asText()).isEqualTo(open);

		for (String trace : List.of("Erasmus", EMAIL, PHONE)) {
			assertThat(PersonalDataScan.find(this.jdbc, trace)).as("tables still holding %s", trace).isEmpty();
		}
		assertThat(this.runtimeService.createProcessInstanceQuery().processInstanceId(openInstance).count())
			.as("the open request is withdrawn")
			.isZero();
		PROVIDERS.verify(1, postRequestedFor(urlEqualTo("/v1/checkout/sessions/cs_erin_2/expire")));
		assertThat(this.jdbc.queryForList("select kind from retained_record where reference = ? order by kind",
				String.class, decided))
			.containsExactly("decision", "payments");
		assertThat(this.jdbc.queryForObject("select fields from retained_record where reference = ? and kind = ?",
				String.class, decided, "decision"))
			.contains(licence);

		List<JsonNode> audit = this.api.audit(TestUsers.ROOT, "kind=ACCOUNT_ERASED");
		String pseudonym = audit.get(0).get("actor").asText();
		assertThat(pseudonym).startsWith("erased-");
		assertThat(this.api.audit(TestUsers.ROOT, "kind=SIGN_UP&actor=" + pseudonym)).as("entries kept, renamed")
			.hasSize(1);
		JsonNode erasures = this.api.get(TestUsers.ROOT, "/api/admin/erasures").getBody();
		assertThat(erasures.at("/content/0/pseudonym").asText()).isEqualTo(pseudonym);
		assertThat(erasures.at("/content/0/completedAt").isTextual()).isTrue();
		assertThat(this.api.get(TestUsers.CLARA, "/api/admin/erasures").getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);

		PROVIDERS.verify(1,
				postRequestedFor(urlEqualTo(ProviderFaultsIntegrationTest.MAIL_SEND)).withRequestBody(containing(EMAIL))
					.withRequestBody(containing("Your account is deleted"))
					.withRequestBody(containing(open)));
		assertThat(erin.get(EMAIL, "/api/requests").getStatusCode()).as("no account to sign in with")
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(this.api.get(TestUsers.ANNA, "/api/requests/" + annas).getStatusCode()).as("others' data stays")
			.isEqualTo(HttpStatus.OK);
	}

	@Test
	void anAccountWithNothingInItIsErasedToo() {
		String email = "never.applied@example.org";
		signUp(email, "Never", "Applied");
		Api citizen = new Api(this.rest, PASSWORD);

		ResponseEntity<JsonNode> erased = citizen.post(email, "/api/me/erasure", "{\"confirm\": true}");

		assertThat(erased.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(erased.getBody().get("withdrawn")).isEmpty();
		assertThat(PersonalDataScan.find(this.jdbc, email)).isEmpty();
		assertThat(citizen.get(email, "/api/requests").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	private void signUp() {
		signUp(EMAIL, "Erin", "Erasmus");
	}

	private void signUp(String email, String firstName, String lastName) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		ResponseEntity<JsonNode> signedUp = this.rest.postForEntity("/api/signup", new HttpEntity<>("""
				{"email": "%s", "firstName": "%s", "lastName": "%s", "password": "%s"}""".formatted(email, firstName,
				lastName, PASSWORD), headers), JsonNode.class);
		assertThat(signedUp.getStatusCode().is2xxSuccessful()).as("sign-up: %s", signedUp.getBody()).isTrue();
	}

	private String submit(Api erin, String businessName) {
		ResponseEntity<JsonNode> submitted = erin.post(EMAIL, Applications.PATH, application(businessName));
		assertThat(submitted.getStatusCode()).as("submission: %s", submitted.getBody()).isEqualTo(HttpStatus.CREATED);
		String reference = submitted.getBody().get("reference").asText();
		runDueJobs(processInstanceOf(reference));
		return reference;
	}

	private static String application(String businessName) {
		return Applications.valid(businessName)
			.replace("Anna Citizen", "Erin Erasmus")
			.replace("anna@example.org", EMAIL)
			.replace("+4930664040900", PHONE);
	}

	private void pay(String reference, String session) throws Exception {
		String event = """
				{"id": "evt_erin_paid", "object": "event", "type": "checkout.session.completed",
				 "data": {"object": {"id": "%s", "object": "checkout.session", "payment_status": "paid",
				 "client_reference_id": "%s", "customer_details": {"email": "%s", "name": "Erin Erasmus"}}}}"""
			.formatted(session, reference, EMAIL);
		assertThat(deliverStripeEvent(event).get("outcome").asText()).isEqualTo("paid, process continued");
		runDueJobs(processInstanceOf(reference));
	}

}
