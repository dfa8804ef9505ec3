package org.eservices.app.it;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.spin.plugin.variable.type.SpinValueType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An e-service whose start form has every form-js component (display ones, groups with
 * and without path, a dynamic list, a computed field, a file picker) and whose clerk form
 * has a dynamic list: refused with each error on its field, taken when valid, and read
 * back as citizen and clerk.
 */
class EveryComponentIntegrationTest extends PostgresIntegrationTest {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	static final String SUBMIT = "/api/services/every-component/requests";

	static final String DRAFT_FILES = "/api/services/every-component/draft/attachments";

	static final String VALID = """
			{ "applicantName": "Anna Example", "story": "A bakery with a shed.", "employees": 3, "agree": true,
			  "declarations": ["true-answers", "owner-consents"], "kind": "shop", "city": "alx", "tags": ["new"],
			  "openingDate": "2027-03-01", "openingTime": "08:30", "inspectionAt": "2027-02-15T10:00",
			  "site": { "street": "1 Nile Street", "zip": "11511" }, "contactPhone": "+201001234567",
			  "structures": [ { "type": "building", "area": 120, "storeys": 2 }, { "type": "shed", "area": 30, "storeys": 9 } ],
			  "totalArea": 99999, "plans": "files::plans1" }""";

	@Autowired
	HistoryService history;

	@BeforeEach
	void deploy() {
		new Deployment(this.repositoryService, this.api).deploy();
	}

	/**
	 * The e-service as in the resources, deployed anew if a test changed it (a changed
	 * version keeps the resource names: the engine compares by name), and in the portal's
	 * catalog (which takes up a new version within seconds) before the test goes on.
	 */
	record Deployment(RepositoryService repositoryService, Api api) {

		void deploy() {
			this.repositoryService.createDeployment()
				.name("every-component")
				.addClasspathResource("every-component/every-component.bpmn")
				.addClasspathResource("every-component/every-component.form")
				.addClasspathResource("every-component/every-component-review.form")
				.addClasspathResource("every-component/every-component-form.ar.json")
				.enableDuplicateFiltering(false)
				.deploy();
			int version = this.repositoryService.createProcessDefinitionQuery()
				.processDefinitionKey("every-component")
				.latestVersion()
				.singleResult()
				.getVersion();
			await().atMost(Duration.ofSeconds(10))
				.until(() -> this.api.get(null, "/api/services/every-component").getBody().path("version").asInt(),
						(shown) -> shown == version);
		}

	}

	@Test
	void aFormWithEveryComponentRefusesEachErrorOnItsFieldAndStoresNothing() {
		String invalid = VALID.replace("{ \"type\": \"shed\", \"area\": 30, \"storeys\": 9 }", "{ \"area\": 0 }")
			.replace("\"zip\": \"11511\"", "\"zip\": \"115\"")
			.replace("\"agree\": true", "\"agree\": false");

		long requests = requestCount();
		long instances = this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey("every-component")
			.count();

		ResponseEntity<JsonNode> refused = this.api.post(TestUsers.ANNA, SUBMIT, invalid);

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(refused.getBody().get("errors").properties()).extracting((entry) -> entry.getKey())
			.containsExactlyInAnyOrder("agree", "site.zip", "structures[1].type", "structures[1].area", "plans");
		assertThat(refused.getBody().at("/errors/plans/0").asText())
			.isEqualTo("Choose the file again: it was not received.");
		assertThat(requestCount()).as("nothing stored").isEqualTo(requests);
		assertThat(this.runtimeService.createProcessInstanceQuery().processDefinitionKey("every-component").count())
			.isEqualTo(instances);
	}

	@Test
	void aValidSubmissionIsStoredAsTheFormSubmitsItAndReadByCitizenAndClerk() {
		ResponseEntity<JsonNode> plan = this.api.upload(TestUsers.ANNA, DRAFT_FILES + "?field=files::plans1",
				"site plan.pdf", PDF);
		assertThat(plan.getStatusCode()).as("%s", plan.getBody()).isEqualTo(HttpStatus.CREATED);
		assertThat(plan.getBody().get("field").asText()).isEqualTo("files::plans1");

		// chosen, then chosen again: the first pick is no answer and does not go with it
		this.api.upload(TestUsers.ANNA, DRAFT_FILES + "?field=files::replaced", "old plan.pdf", PDF);
		ResponseEntity<JsonNode> submitted = this.api.post(TestUsers.ANNA, SUBMIT, VALID);

		assertThat(submitted.getStatusCode()).as("%s", submitted.getBody()).isEqualTo(HttpStatus.CREATED);
		String reference = submitted.getBody().get("reference").asText();
		JsonNode request = this.api.get(TestUsers.ANNA, "/api/requests/" + reference).getBody();
		assertThat(request.at("/data/totalArea").asInt()).as("computed again, not the client's").isEqualTo(150);
		assertThat(request.at("/data/structures").toString()).as("a shed has no storeys: hidden in its item, not kept")
			.isEqualTo("[{\"type\":\"building\",\"area\":120,\"storeys\":2},{\"type\":\"shed\",\"area\":30}]");
		assertThat(request.at("/data/site/street").asText()).isEqualTo("1 Nile Street");
		assertThat(request.at("/data/contactPhone").asText()).as("a group without path nests nothing")
			.isEqualTo("+201001234567");
		assertThat(request.at("/data/plans").asText()).isEqualTo("files::plans1");
		assertThat(request.at("/form/id").asText()).as("shown with the form it was filled in")
			.isEqualTo("every-component-form");
		JsonNode documents = this.api.get(TestUsers.ANNA, "/api/requests/" + reference + "/attachments").getBody();
		assertThat(documents).as("the replaced pick is gone").hasSize(1);
		assertThat(documents.get(0).get("field").asText()).as("the file picker's file moved to the request")
			.isEqualTo("files::plans1");

		ResponseEntity<JsonNode> late = this.api.upload(TestUsers.ANNA,
				"/api/requests/" + reference + "/attachments?field=files::plans1", "swapped.pdf", PDF);
		assertThat(late.getStatusCode()).as("no file joins an answer once sent").isEqualTo(HttpStatus.CONFLICT);
		assertThat(this.api.get(TestUsers.ANNA, "/api/requests/" + reference + "/attachments").getBody()).hasSize(1);

		String instance = processInstanceOf(reference);
		assertThat(this.runtimeService.getVariableTyped(instance, "structures", false).getType())
			.isEqualTo(SpinValueType.JSON);
		String task = this.api.taskOf(TestUsers.CLARA, reference).orElseThrow();
		JsonNode detail = this.api.get(TestUsers.CLARA, "/api/tasks/" + task).getBody();
		assertThat(detail.at("/request/data/structures/1/type").asText()).isEqualTo("shed");
		assertThat(detail.at("/request/form/id").asText()).isEqualTo("every-component-form");
		JsonNode clerkFiles = this.api.get(TestUsers.CLARA, "/api/tasks/" + task + "/attachments").getBody();
		String file = clerkFiles.get(0).get("id").asText();
		assertThat(this.rest.withBasicAuth(TestUsers.CLARA, TestUsers.PASSWORD)
			.getForEntity("/api/tasks/" + task + "/attachments/" + file, byte[].class)
			.getBody()).as("the clerk opens the plan").isEqualTo(PDF);

		this.api.post(TestUsers.CLARA, "/api/tasks/" + task + "/claim", null);
		ResponseEntity<JsonNode> badFinding = this.api.post(TestUsers.CLARA, "/api/tasks/" + task + "/complete",
				"{ \"findings\": [ { \"severity\": \"low\" }, { \"note\": \"cracked wall\" } ], \"decision\": \"approve\" }");
		assertThat(badFinding.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(badFinding.getBody().get("errors").properties()).extracting((entry) -> entry.getKey())
			.containsExactly("findings[1].severity");
		assertThat(this.api.taskOf(TestUsers.CLARA, reference)).as("the task is still open").contains(task);

		ResponseEntity<JsonNode> notUploaded = this.api.post(TestUsers.CLARA, "/api/tasks/" + task + "/complete",
				"{ \"findings\": [ { \"severity\": \"low\" } ], \"report\": \"files::report1\", \"decision\": \"approve\" }");
		assertThat(notUploaded.getBody().get("errors").properties()).extracting((entry) -> entry.getKey())
			.containsExactly("report");
		ResponseEntity<JsonNode> report = this.api.upload(TestUsers.CLARA,
				"/api/tasks/" + task + "/attachments?field=files::report1", "inspection.pdf", PDF);
		assertThat(report.getStatusCode()).as("%s", report.getBody()).isEqualTo(HttpStatus.CREATED);
		ResponseEntity<JsonNode> completed = this.api.post(TestUsers.CLARA, "/api/tasks/" + task + "/complete",
				"{ \"findings\": [ { \"severity\": \"low\" }, { \"severity\": \"high\", \"note\": \"cracked wall\" } ],"
						+ " \"report\": \"files::report1\", \"decision\": \"approve\" }");
		assertThat(completed.getStatusCode()).as("%s", completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(this.history.createHistoricVariableInstanceQuery()
			.processInstanceId(instance)
			.variableName("findings")
			.singleResult()
			.getValue()
			.toString()).isEqualTo("[{\"severity\":\"low\"},{\"severity\":\"high\",\"note\":\"cracked wall\"}]");
		String reportId = report.getBody().get("id").asText();
		assertThat(this.api.get(TestUsers.ANNA, "/api/requests/" + reference + "/attachments").getBody())
			.as("the clerk's report is the staff's: not in the citizen's documents")
			.hasSize(1);
		assertThat(this.rest.withBasicAuth(TestUsers.ANNA, TestUsers.PASSWORD)
			.getForEntity("/api/requests/" + reference + "/attachments/" + reportId, byte[].class)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void aRequestIsShownWithTheFormVersionItWasMadeWith() {
		this.api.upload(TestUsers.OMAR, DRAFT_FILES + "?field=files::plans1", "plan.pdf", PDF);
		String reference = this.api.post(TestUsers.OMAR, SUBMIT, VALID).getBody().get("reference").asText();
		this.repositoryService.createDeployment()
			.name("every-component")
			.addClasspathResource("every-component/every-component.bpmn")
			.addString("every-component/every-component.form",
					new String(read("every-component/every-component.form"), StandardCharsets.UTF_8)
						.replace("\"label\": \"Shop\"", "\"label\": \"Retail shop\""))
			.addClasspathResource("every-component/every-component-review.form")
			.enableDuplicateFiltering(false)
			.deploy();

		JsonNode request = this.api.get(TestUsers.OMAR, "/api/requests/" + reference).getBody();
		// the catalog takes up a new version within seconds
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(labelsOf(
					this.api.get(TestUsers.OMAR, "/api/services/every-component").getBody().get("startForm"), "Kind"))
				.as("the e-service changed")
				.contains("Retail shop"));
		assertThat(labelsOf(request.get("form"), "Kind")).as("the request keeps its own version")
			.contains("Shop")
			.doesNotContain("Retail shop");
	}

	@Test
	void aDraftOfAnOlderVersionKeepsItsAnswersAndNamesWhatChanged() {
		ResponseEntity<JsonNode> saved = this.api.exchange(TestUsers.OMAR, org.springframework.http.HttpMethod.PUT,
				"/api/services/every-component/draft", "{ \"applicantName\": \"Omar\", \"story\": \"A long story\" }",
				new org.springframework.http.HttpHeaders());
		assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
		String changed = new String(read("every-component/every-component.form"), StandardCharsets.UTF_8).replace(
				"{ \"id\": \"Story\", \"key\": \"story\", \"type\": \"textarea\", \"label\": \"About the project\", \"validate\": { \"maxLength\": 2000 } },",
				"{ \"id\": \"Email\", \"key\": \"email\", \"type\": \"textfield\", \"label\": \"Email\", \"validate\": { \"required\": true } },");
		assertThat(changed).contains("\"Email\"");
		this.repositoryService.createDeployment()
			.name("every-component")
			.addClasspathResource("every-component/every-component.bpmn")
			.addString("every-component/every-component.form", changed)
			.addClasspathResource("every-component/every-component-review.form")
			.enableDuplicateFiltering(false)
			.deploy();

		// the catalog takes up a new version within seconds
		JsonNode draft = await().atMost(Duration.ofSeconds(10))
			.until(() -> this.api.get(TestUsers.OMAR, "/api/services/every-component/draft").getBody(),
					(found) -> found.has("changes"));

		assertThat(draft.at("/data/applicantName").asText()).isEqualTo("Omar");
		assertThat(draft.at("/changes/added").toString()).isEqualTo("[\"Email\"]");
		assertThat(draft.at("/changes/removed").toString()).isEqualTo("[\"About the project\"]");
		this.api.upload(TestUsers.OMAR, DRAFT_FILES + "?field=files::plans1", "plan.pdf", PDF);
		ResponseEntity<JsonNode> withoutEmail = this.api.post(TestUsers.OMAR, SUBMIT,
				VALID.replace("\"story\": \"A bakery with a shed.\", ", ""));
		assertThat(withoutEmail.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(withoutEmail.getBody().get("errors").properties()).extracting((entry) -> entry.getKey())
			.as("checked against the new version")
			.containsExactly("email");
	}

	@Test
	void aDraftWhoseVersionWasDeletedStillOpens() {
		this.api.exchange(TestUsers.ANNA, org.springframework.http.HttpMethod.PUT,
				"/api/services/every-component/draft", "{ \"applicantName\": \"Anna\" }",
				new org.springframework.http.HttpHeaders());
		this.jdbc.update("update request_draft set definition_id = 'every-component:0:deleted' where citizen_id = ?",
				TestUsers.ANNA);

		ResponseEntity<JsonNode> draft = this.api.get(TestUsers.ANNA, "/api/services/every-component/draft");

		assertThat(draft.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(draft.getBody().at("/data/applicantName").asText()).isEqualTo("Anna");
		assertThat(draft.getBody().has("changes")).as("nothing to compare with").isFalse();
	}

	private long requestCount() {
		return this.jdbc.queryForObject("select count(*) from service_request where service_key = 'every-component'",
				Long.class);
	}

	private static java.util.List<String> labelsOf(JsonNode form, String componentId) {
		for (JsonNode component : form.get("components")) {
			if (componentId.equals(component.path("id").asText())) {
				return component.get("values").findValuesAsText("label");
			}
		}
		throw new AssertionError("no component " + componentId);
	}

	private static byte[] read(String resource) {
		try (var in = EveryComponentIntegrationTest.class.getClassLoader().getResourceAsStream(resource)) {
			return in.readAllBytes();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
