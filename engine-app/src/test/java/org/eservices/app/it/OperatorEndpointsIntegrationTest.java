package org.eservices.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What operators and their tools meet: public pages answer HEAD as GET (uptime monitors),
 * the actuator beyond health is for admins, and the first admin an operator configures is
 * a platform admin from the first start.
 */
class OperatorEndpointsIntegrationTest extends PostgresIntegrationTest {

	@Test
	void publicPagesAnswerHeadAsTheyAnswerGet() {
		for (String path : new String[] { "/", "/services/business-licence", "/api/services" }) {
			ResponseEntity<String> head = this.rest.exchange(path, HttpMethod.HEAD, HttpEntity.EMPTY, String.class);
			assertThat(head.getStatusCode()).as("HEAD %s", path)
				.isEqualTo(this.rest.getForEntity(path, String.class).getStatusCode())
				.isEqualTo(HttpStatus.OK);
		}
	}

	@Test
	void theActuatorBeyondHealthIsForAdmins() {
		assertThat(this.rest.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(this.api.get(TestUsers.ANNA, "/actuator/info").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.api.get(TestUsers.CLARA, "/actuator").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.api.get(TestUsers.ROOT, "/actuator/info").getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void theConfiguredFirstAdminIsAPlatformAdmin() {
		JsonNode me = this.api.get(TestUsers.BOOTSTRAP_ADMIN, "/api/me").getBody();
		assertThat(me.get("roles").toString()).contains("\"admin\"");
		assertThat(this.api
			.exchange(TestUsers.BOOTSTRAP_ADMIN, HttpMethod.GET, "/api/admin/audit", null, new HttpHeaders())
			.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

}
