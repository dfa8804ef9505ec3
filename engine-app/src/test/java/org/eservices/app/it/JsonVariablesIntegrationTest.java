package org.eservices.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.type.SpinValueType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers that are lists (a checklist, a taglist) or objects (a group with a path) are
 * JSON variables: stored (Camunda Spin), read by the model's expressions, shown to the
 * clerk and taken from a clerk's form, as scalars are.
 */
class JsonVariablesIntegrationTest extends PostgresIntegrationTest {

	@Autowired
	HistoryService history;

	static final String BPMN = """
			<?xml version="1.0" encoding="UTF-8"?>
			<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
			    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="PetDefinitions" targetNamespace="http://eservices.org/test">
			  <bpmn:process id="pet-registration" name="Pet registration" isExecutable="true" camunda:historyTimeToLive="P30D">
			    <bpmn:extensionElements>
			      <camunda:properties>
			        <camunda:property name="eservice.referencePrefix" value="PR" />
			      </camunda:properties>
			    </bpmn:extensionElements>
			    <bpmn:startEvent id="Registered" camunda:formRef="pet-registration-form" camunda:formRefBinding="deployment">
			      <bpmn:outgoing>ToFloor</bpmn:outgoing>
			    </bpmn:startEvent>
			    <bpmn:exclusiveGateway id="WhichFloor" default="ToGround"><bpmn:incoming>ToFloor</bpmn:incoming>
			      <bpmn:outgoing>ToUpper</bpmn:outgoing><bpmn:outgoing>ToGround</bpmn:outgoing></bpmn:exclusiveGateway>
			    <bpmn:userTask id="CheckUpperFloor" name="Check upper floor" camunda:candidateGroups="licensing"
			        camunda:formRef="pet-check-form" camunda:formRefBinding="deployment">
			      <bpmn:incoming>ToUpper</bpmn:incoming><bpmn:outgoing>ToDone</bpmn:outgoing>
			    </bpmn:userTask>
			    <bpmn:userTask id="CheckGroundFloor" name="Check ground floor" camunda:candidateGroups="licensing"
			        camunda:formRef="pet-check-form" camunda:formRefBinding="deployment">
			      <bpmn:incoming>ToGround</bpmn:incoming><bpmn:outgoing>ToDone2</bpmn:outgoing>
			    </bpmn:userTask>
			    <bpmn:endEvent id="Done"><bpmn:incoming>ToDone</bpmn:incoming><bpmn:incoming>ToDone2</bpmn:incoming></bpmn:endEvent>
			    <bpmn:sequenceFlow id="ToFloor" sourceRef="Registered" targetRef="WhichFloor" />
			    <bpmn:sequenceFlow id="ToUpper" sourceRef="WhichFloor" targetRef="CheckUpperFloor">
			      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><![CDATA[${S(owner).prop("floor").numberValue() > 0 && S(vaccinations).elements().size() == 2}]]></bpmn:conditionExpression>
			    </bpmn:sequenceFlow>
			    <bpmn:sequenceFlow id="ToGround" sourceRef="WhichFloor" targetRef="CheckGroundFloor" />
			    <bpmn:sequenceFlow id="ToDone" sourceRef="CheckUpperFloor" targetRef="Done" />
			    <bpmn:sequenceFlow id="ToDone2" sourceRef="CheckGroundFloor" targetRef="Done" />
			  </bpmn:process>
			</bpmn:definitions>
			""";

	static final String FORM = """
			{ "id": "pet-registration-form", "type": "default", "components": [
			  { "id": "Name", "key": "petName", "type": "textfield", "label": "Name", "validate": { "required": true } },
			  { "id": "Vaccinations", "key": "vaccinations", "type": "checklist", "label": "Vaccinations",
			    "values": [ { "label": "Rabies", "value": "rabies" }, { "label": "Distemper", "value": "distemper" },
			                { "label": "Parvovirus", "value": "parvo" } ] },
			  { "id": "Colours", "key": "colours", "type": "taglist", "label": "Colours",
			    "values": [ { "label": "Black", "value": "black" }, { "label": "White", "value": "white" } ] },
			  { "id": "Owner", "type": "group", "label": "Owner", "path": "owner", "components": [
			    { "id": "Street", "key": "street", "type": "textfield", "label": "Street" },
			    { "id": "Floor", "key": "floor", "type": "number", "label": "Floor" } ] } ] }
			""";

	static final String CHECK_FORM = """
			{ "id": "pet-check-form", "type": "default", "components": [
			  { "id": "Summary", "type": "text", "text": "{{petName}}: {{vaccinations}}, {{owner.street}}" },
			  { "id": "Checks", "key": "checks", "type": "checklist", "label": "Checked", "validate": { "required": true },
			    "values": [ { "label": "Papers", "value": "papers" }, { "label": "Chip", "value": "chip" } ] } ] }
			""";

	@BeforeEach
	void deploy() {
		this.repositoryService.createDeployment()
			.name("pet-registration")
			.addString("pet-registration.bpmn", BPMN)
			.addString("pet-registration.form", FORM)
			.addString("pet-check.form", CHECK_FORM)
			.enableDuplicateFiltering(true)
			.deploy();
	}

	@Test
	void listsAndObjectsAreJsonVariablesThatTheModelTheClerkAndTheCitizenRead() {
		ResponseEntity<JsonNode> submitted = this.api.post(TestUsers.ANNA, "/api/services/pet-registration/requests",
				"""
						{ "petName": "Rex", "vaccinations": ["rabies", "parvo"], "colours": ["black"],
						  "owner": { "street": "1 Main Street", "floor": 2 } }""");
		assertThat(submitted.getStatusCode()).as("%s", submitted.getBody()).isEqualTo(HttpStatus.CREATED);
		String reference = submitted.getBody().get("reference").asText();
		String instance = processInstanceOf(reference);

		TypedValue vaccinations = this.runtimeService.getVariableTyped(instance, "vaccinations", false);
		assertThat(vaccinations.getType()).isEqualTo(SpinValueType.JSON);
		assertThat(this.runtimeService.getVariableTyped(instance, "owner", false).getType())
			.isEqualTo(SpinValueType.JSON);
		assertThat(this.runtimeService.getVariableTyped(instance, "petName", false).getType())
			.as("scalars stay primitive")
			.isEqualTo(ValueType.STRING);

		String task = this.api.taskOf(TestUsers.CLARA, reference).orElseThrow();
		JsonNode detail = this.api.get(TestUsers.CLARA, "/api/tasks/" + task).getBody();
		assertThat(detail.at("/task/taskKey").asText()).as("the model's expression read the JSON")
			.isEqualTo("CheckUpperFloor");
		assertThat(detail.at("/form/data/vaccinations").toString()).isEqualTo("[\"rabies\",\"parvo\"]");
		assertThat(detail.at("/form/data/owner/floor").asInt()).isEqualTo(2);
		assertThat(this.api.get(TestUsers.ANNA, "/api/requests/" + reference).getBody().at("/data/colours").toString())
			.isEqualTo("[\"black\"]");

		this.api.post(TestUsers.CLARA, "/api/tasks/" + task + "/claim", null);
		ResponseEntity<JsonNode> completed = this.api.post(TestUsers.CLARA, "/api/tasks/" + task + "/complete",
				"{\"checks\": [\"papers\", \"chip\"]}");
		assertThat(completed.getStatusCode()).as("%s", completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(this.history.createHistoricVariableInstanceQuery()
			.processInstanceId(instance)
			.variableName("checks")
			.disableCustomObjectDeserialization()
			.singleResult()
			.getTypedValue()
			.getType()).isEqualTo(SpinValueType.JSON);
		assertThat(this.api.get(TestUsers.ANNA, "/api/requests/" + reference).getBody().get("closed").asBoolean())
			.as("the process went on to its end")
			.isTrue();
	}

	@Test
	void aListWithAValueTheFormDoesNotOfferIsRefused() {
		ResponseEntity<JsonNode> refused = this.api.post(TestUsers.ANNA, "/api/services/pet-registration/requests",
				"{\"petName\": \"Rex\", \"vaccinations\": [\"rabies\", \"snake-oil\"]}");

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getBody().at("/errors/vaccinations")).isNotEmpty();
	}

}
