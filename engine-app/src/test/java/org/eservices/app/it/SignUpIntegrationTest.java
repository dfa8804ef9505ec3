package org.eservices.app.it;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Citizens create their own account under local identity: the sign-up page, per-field
 * errors with nothing stored, and a new citizen who is signed in at once and can apply.
 */
class SignUpIntegrationTest extends PostgresIntegrationTest {

	@Autowired
	IdentityService identityService;

	@Test
	void aNewCitizenSignsUpIsSignedInAndApplies() {
		ResponseEntity<JsonNode> created = signUp("""
				{"email": " Layla.Nasser@Example.org ", "firstName": "Layla", "lastName": "Nasser",
				 "password": "olive tree by the sea"}""");
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(created.getBody().get("userId").asText()).isEqualTo("layla.nasser@example.org");

		HttpHeaders browser = new HttpHeaders();
		browser.put(HttpHeaders.COOKIE, LoginPage.cookies(created));
		JsonNode me = this.rest.exchange("/api/me", HttpMethod.GET, new HttpEntity<>(browser), JsonNode.class)
			.getBody();
		assertThat(me.get("userId").asText()).as("signed in by signing up").isEqualTo("layla.nasser@example.org");
		assertThat(me.get("roles")).extracting(JsonNode::asText).containsExactly("citizen");

		Api layla = new Api(this.rest, "olive tree by the sea");
		assertThat(layla.post("layla.nasser@example.org", Applications.PATH, Applications.valid("Layla's Loom"))
			.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(this.identityService.createUserQuery().userId("layla.nasser@example.org").singleResult())
			.satisfies((user) -> {
				assertThat(user.getFirstName()).isEqualTo("Layla");
				assertThat(user.getEmail()).isEqualTo("layla.nasser@example.org");
			});
		assertThat(this.api.audit(TestUsers.ROOT, "kind=SIGN_UP&actor=layla.nasser@example.org")).hasSize(1);

		ResponseEntity<JsonNode> again = signUp("""
				{"email": "LAYLA.NASSER@example.org", "firstName": "L", "lastName": "N",
				 "password": "another long password"}""");
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(again.getBody().at("/errors/email/0").asText()).contains("exists already");
	}

	@Test
	void wrongFieldsAreNamedAndNothingIsStored() {
		ResponseEntity<JsonNode> refused = signUp("""
				{"email": "not-an-address", "firstName": " ", "lastName": "Khan", "password": "short"}""");
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(refused.getBody().get("errors").properties()).extracting(Map.Entry::getKey)
			.containsExactlyInAnyOrder("email", "firstName", "password");
		assertThat(refused.getBody().at("/errors/password/0").asText()).contains("12 to 128 characters");

		ResponseEntity<JsonNode> ownEmail = signUp("""
				{"email": "sara.khan@example.org", "firstName": "Sara", "lastName": "Khan",
				 "password": "sara.khan@example.org"}""");
		assertThat(ownEmail.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(ownEmail.getBody().at("/errors/password/0").asText()).contains("not your email address");

		assertThat(this.identityService.createUserQuery().userIdIn("not-an-address", "sara.khan@example.org").count())
			.isZero();
		assertThat(this.api.audit(TestUsers.ROOT, "kind=SIGN_UP&actor=sara.khan@example.org")).isEmpty();
	}

	private ResponseEntity<JsonNode> signUp(String json) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return this.rest.postForEntity("/api/signup", new HttpEntity<>(json, headers), JsonNode.class);
	}

}
