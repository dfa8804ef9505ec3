package org.eservices.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogIntegrationTest extends PostgresIntegrationTest {

	@Test
	void anyoneCanBrowseTheCatalog() {
		ResponseEntity<JsonNode> response = this.api.get(null, "/api/services");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		JsonNode licence = find(response.getBody(), "business-licence");
		assertThat(licence.get("name").asText()).isEqualTo("Business licence application");
		assertThat(licence.get("category").asText()).isEqualTo("Business");
		assertThat(licence.get("processingDays").asInt()).isEqualTo(10);
		assertThat(licence.get("description").asText()).startsWith("Apply for a licence");
	}

	@Test
	void serviceDetailCarriesItsStartFormAndMilestones() {
		JsonNode detail = this.api.get(null, "/api/services/business-licence").getBody();

		assertThat(detail.at("/startForm/id").asText()).isEqualTo("business-licence-application");
		assertThat(detail.at("/startForm/components").findValuesAsText("key")).contains("applicantName", "email",
				"phone", "businessName", "activityType", "address", "employees", "openingDate");
		assertThat(detail.get("milestones").findValuesAsText("code"))
			.startsWith("submitted", "paid", "under-review", "information-requested")
			.as("outcomes last")
			.containsExactlyInAnyOrder("submitted", "paid", "cancelled", "under-review", "information-requested",
					"approved", "rejected");
		assertThat(detail.get("fee").asText()).startsWith("€40 for street trading; €120 to €600");
		assertThat(detail.get("requirements")).hasSize(4)
			.anySatisfy((requirement) -> assertThat(requirement.asText()).startsWith("A floor plan"));
	}

	/**
	 * The analyst's bundles beside the models (forms/*.ar.json), chosen by
	 * Accept-Language.
	 */
	@Test
	void serviceTextsAndStartFormComeInTheCitizensLanguage() {
		HttpHeaders arabic = new HttpHeaders();
		arabic.set(HttpHeaders.ACCEPT_LANGUAGE, "ar");
		JsonNode detail = this.api.exchange(null, HttpMethod.GET, "/api/services/business-licence", null, arabic)
			.getBody();
		assertThat(detail.get("name").asText()).isEqualTo("طلب ترخيص مزاولة نشاط تجاري");
		assertThat(detail.at("/milestones/0/label").asText()).isEqualTo("تم التقديم");
		assertThat(detail.get("fee").asText()).startsWith("٤٠ يورو");
		assertThat(detail.get("requirements")).hasSize(4);
		JsonNode fields = detail.at("/startForm/components");
		assertThat(fields.findValuesAsText("label")).contains("الاسم الكامل", "نوع النشاط")
			.doesNotContain("Your full name");
		assertThat(fields.findValuesAsText("dateLabel")).containsExactly("تاريخ الافتتاح المتوقع");
		assertThat(fields.findValues("values").get(0).findValuesAsText("label")).contains("مطعم أو مقهى أو محل أطعمة");
		assertThat(fields.findValues("values").get(0).findValuesAsText("value")).as("values stay as they are")
			.contains("food");

		JsonNode list = this.api.exchange(null, HttpMethod.GET, "/api/services", null, arabic).getBody();
		assertThat(find(list, "business-licence").get("name").asText()).isEqualTo("طلب ترخيص مزاولة نشاط تجاري");
		assertThat(this.api.get(null, "/api/services/business-licence").getBody().get("name").asText())
			.as("English without Accept-Language")
			.isEqualTo("Business licence application");
	}

	@Test
	void unknownServiceIsAProblem404() {
		ResponseEntity<JsonNode> response = this.api.get(null, "/api/services/no-such-service");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
	}

	static JsonNode find(JsonNode services, String key) {
		for (JsonNode service : services) {
			if (key.equals(service.get("key").asText())) {
				return service;
			}
		}
		throw new AssertionError("No e-service " + key + " in " + services);
	}

}
