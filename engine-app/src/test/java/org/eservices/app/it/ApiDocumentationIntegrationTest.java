package org.eservices.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API a native app would use is described at /v3/api-docs and readable at
 * /swagger-ui, without signing in.
 */
class ApiDocumentationIntegrationTest extends PostgresIntegrationTest {

	@Test
	void theOpenApiDocumentDescribesThePortalApi() {
		ResponseEntity<JsonNode> document = this.rest.getForEntity("/v3/api-docs", JsonNode.class);
		assertThat(document.getStatusCode()).isEqualTo(HttpStatus.OK);
		JsonNode api = document.getBody();
		assertThat(api.at("/info/title").asText()).isEqualTo("eservices portal API");
		assertThat(api.get("paths").fieldNames()).toIterable()
			.contains("/api/services", "/api/services/{key}/requests", "/api/requests/{reference}",
					"/api/tasks/{id}/complete", "/api/signup", "/api/admin/audit")
			.allMatch((path) -> path.startsWith("/api/"));
		assertThat(api.at("/components/securitySchemes").fieldNames()).toIterable().contains("basic", "bearer");

		ResponseEntity<String> ui = this.rest.getForEntity("/swagger-ui/index.html", String.class);
		assertThat(ui.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(ui.getBody()).contains("swagger-ui");
	}

}
