package org.eservices.app.it;

import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What already exists, created again through the engine REST API (a script run twice, a
 * set-up repeated): 409 with a problem the caller can read, not Camunda's 500, and what
 * was there is unchanged.
 */
class EngineRestConflictIntegrationTest extends PostgresIntegrationTest {

	@Autowired
	IdentityService identityService;

	@Autowired
	AuthorizationService authorizationService;

	@Test
	void aMembershipAddedAgainIsAConflict() {
		String group = "conflict" + UUID.randomUUID().toString().substring(0, 8);
		assertDone(engineRest(HttpMethod.POST, "/group/create",
				"{\"id\": \"" + group + "\", \"name\": \"Conflicts\", \"type\": \"department\"}"));
		String members = "/group/" + group + "/members/" + TestUsers.CLARA;
		assertDone(engineRest(HttpMethod.PUT, members, null));

		ResponseEntity<JsonNode> again = engineRest(HttpMethod.PUT, members, null);

		assertConflict(again);
		assertThat(this.identityService.createUserQuery().memberOfGroup(group).list())
			.extracting((user) -> user.getId())
			.containsExactly(TestUsers.CLARA);
	}

	@Test
	void anAuthorizationGrantedAgainIsAConflict() {
		String resource = "conflict" + UUID.randomUUID().toString().substring(0, 8);
		String grant = "{\"type\": 1, \"permissions\": [\"%s\"], \"userId\": \"" + TestUsers.CLARA
				+ "\", \"resourceType\": 0, \"resourceId\": \"" + resource + "\"}";
		assertDone(engineRest(HttpMethod.POST, "/authorization/create", grant.formatted("ACCESS")));

		assertConflict(engineRest(HttpMethod.POST, "/authorization/create", grant.formatted("ALL")));
		assertThat(this.authorizationService.createAuthorizationQuery().resourceId(resource).list()).singleElement()
			.satisfies((authorization) -> assertThat(authorization.isPermissionGranted(Permissions.ALL))
				.as("the first grant stays as it was")
				.isFalse());
	}

	private static void assertDone(ResponseEntity<JsonNode> answer) {
		assertThat(answer.getStatusCode().is2xxSuccessful()).as("%s %s", answer.getStatusCode(), answer.getBody())
			.isTrue();
	}

	private static void assertConflict(ResponseEntity<JsonNode> answer) {
		assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(answer.getBody().get("status").asInt()).isEqualTo(409);
		assertThat(answer.getBody().get("detail").asText()).contains("already exists");
	}

	private ResponseEntity<JsonNode> engineRest(HttpMethod method, String path, String json) {
		return this.api.exchange(TestUsers.ROOT, method, "/engine-rest" + path, json, new HttpHeaders());
	}

}
