package org.eservices.app.it;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An analyst deploys a new e-service from Camunda Modeler (the same multipart request to
 * {@code /engine-rest/deployment/create}); it is in the catalog at once and takes
 * requests.
 */
class HotDeploymentIntegrationTest extends PostgresIntegrationTest {

	static final String BPMN = """
			<?xml version="1.0" encoding="UTF-8"?>
			<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
			    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="ParkingDefinitions" targetNamespace="http://eservices.org/test">
			  <bpmn:process id="parking-permit" name="Residents' parking permit" isExecutable="true" camunda:historyTimeToLive="P30D">
			    <bpmn:extensionElements>
			      <camunda:properties>
			        <camunda:property name="eservice.referencePrefix" value="PP" />
			        <camunda:property name="eservice.category" value="Transport" />
			      </camunda:properties>
			    </bpmn:extensionElements>
			    <bpmn:startEvent id="PermitRequested" camunda:formRef="parking-permit-form" camunda:formRefBinding="deployment">
			      <bpmn:outgoing>ToCheck</bpmn:outgoing>
			    </bpmn:startEvent>
			    <bpmn:userTask id="CheckPermit" name="Check permit" camunda:candidateGroups="parking">
			      <bpmn:incoming>ToCheck</bpmn:incoming>
			      <bpmn:outgoing>ToEnd</bpmn:outgoing>
			    </bpmn:userTask>
			    <bpmn:endEvent id="PermitDecided"><bpmn:incoming>ToEnd</bpmn:incoming></bpmn:endEvent>
			    <bpmn:sequenceFlow id="ToCheck" sourceRef="PermitRequested" targetRef="CheckPermit" />
			    <bpmn:sequenceFlow id="ToEnd" sourceRef="CheckPermit" targetRef="PermitDecided" />
			  </bpmn:process>
			</bpmn:definitions>
			""";

	static final String FORM = """
			{ "id": "parking-permit-form", "type": "default", "components": [
			  { "id": "Plate", "key": "plate", "type": "textfield", "label": "Number plate",
			    "validate": { "required": true, "pattern": "^[A-Z]{1,3}-[0-9]{1,4}$" } } ] }
			""";

	@Test
	void modelerDeploymentAppearsInTheCatalogAndTakesRequests() {
		assertThat(deploy(null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(deploy(TestUsers.ANNA).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

		ResponseEntity<String> deployed = deploy(TestUsers.ADA);
		assertThat(deployed.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(deployed.getBody()).contains("deployedProcessDefinitions", "parking-permit");
		assertThat(this.api.audit(TestUsers.ROOT, "kind=DEPLOYMENT&actor=" + TestUsers.ADA))
			.as("the audit log names the analyst and the tool")
			.anySatisfy((entry) -> {
				assertThat(entry.get("subject").asText()).startsWith("parking-permit (");
				assertThat(entry.get("detail").asText()).contains("parking-permit v", "from Camunda Modeler");
				assertThat(entry.get("clientAddress").asText()).isEqualTo("127.0.0.1");
			});

		JsonNode services = this.api.get(null, "/api/services").getBody();
		assertThat(CatalogIntegrationTest.find(services, "parking-permit").get("category").asText())
			.isEqualTo("Transport");
		assertThat(this.api.get(null, "/api/services/parking-permit").getBody().at("/startForm/id").asText())
			.isEqualTo("parking-permit-form");

		ResponseEntity<JsonNode> invalid = this.api.post(TestUsers.ANNA, "/api/services/parking-permit/requests",
				"{\"plate\": \"ab 123\"}");
		assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(invalid.getBody().at("/errors/plate/0").asText()).startsWith("Field must match pattern");

		ResponseEntity<JsonNode> submitted = this.api.post(TestUsers.ANNA, "/api/services/parking-permit/requests",
				"{\"plate\": \"AB-123\"}");
		assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(submitted.getBody().get("reference").asText()).matches("PP-\\d{4}-\\d{6}");
		String reference = submitted.getBody().get("reference").asText();
		assertThat(this.api.get(TestUsers.PETRA, "/api/tasks?service=parking-permit")
			.getBody()
			.get("content")
			.findValuesAsText("reference")).containsExactly(reference);
		assertThat(this.api.get(TestUsers.CLARA, "/api/tasks?service=parking-permit")
			.getBody()
			.get("totalElements")
			.asInt()).isZero();
	}

	@Test
	void engineRestRefusesAnonymousCalls() {
		ResponseEntity<String> response = this.rest.getForEntity("/engine-rest/process-definition", String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
	}

	private ResponseEntity<String> deploy(String user) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("deployment-name", "parking-permit");
		parts.add("deployment-source", "Camunda Modeler");
		parts.add("deploy-changed-only", "true");
		parts.add("parking-permit.bpmn", file("parking-permit.bpmn", BPMN));
		parts.add("parking-permit.form", file("parking-permit.form", FORM));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		var client = (user != null) ? this.rest.withBasicAuth(user, TestUsers.PASSWORD) : this.rest;
		return client.postForEntity("/engine-rest/deployment/create", new HttpEntity<>(parts, headers), String.class);
	}

	private static HttpEntity<ByteArrayResource> file(String name, String content) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
		return new HttpEntity<>(new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return name;
			}
		}, headers);
	}

}
