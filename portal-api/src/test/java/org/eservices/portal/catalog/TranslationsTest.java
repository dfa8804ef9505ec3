package org.eservices.portal.catalog;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * What an analyst's translation bundle changes: texts only, English where it says
 * nothing, English for English. The engine's repository is the one port, stubbed.
 */
class TranslationsTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String FORM = """
			{ "id": "dog-form", "components": [
			  { "id": "Intro", "type": "text", "text": "# Dog licence" },
			  { "id": "Breed", "key": "breed", "type": "select", "label": "Breed", "validate": { "required": true },
			    "values": [ { "label": "Poodle", "value": "poodle" }, { "label": "Other", "value": "other" } ] },
			  { "id": "G", "type": "group", "components": [ { "id": "Name", "key": "name", "type": "textfield", "label": "Name" } ] }
			] }""";

	private final RepositoryService repository = mock(RepositoryService.class);

	private final Translations translations = new Translations(this.repository, JSON);

	private EService service;

	@BeforeEach
	void aDeploymentWithAFrenchBundle() {
		ProcessDefinition definition = mock(ProcessDefinition.class);
		given(definition.getDeploymentId()).willReturn("deployment-1");
		given(this.repository.getProcessDefinition("dog:1:1")).willReturn(definition);
		given(this.repository.getDeploymentResourceNames("deployment-1"))
			.willReturn(List.of("dog.bpmn", "forms/dog-form.fr.json", "forms/dog.fr.json", "forms/dog.de.json"));
		bundle("forms/dog-form.fr.json", """
				{ "Intro": { "text": "# Licence pour chien" },
				  "breed": { "label": "Race", "values": { "poodle": "Caniche" } },
				  "name": { "label": "Nom" } }""");
		bundle("forms/dog.fr.json", """
				{ "name": "Licence pour chien", "requirements": [ "Carnet de vaccination" ],
				  "milestones": { "issued": "Délivrée" } }""");
		this.service = new EService("dog", "Dog licence", "For dog owners", "Animals", "DL", 5, "EUR 30",
				List.of("Vaccination record"), 1, "dog:1:1", List.of(),
				List.of(new Milestone("submitted", "Submitted"), new Milestone("issued", "Issued")), null, Set.of(),
				null, null);
	}

	@Test
	void aFormTakesTheTranslatedTextsAndKeepsItsKeysValuesAndRules() throws Exception {
		JsonNode schema = JSON.readTree(FORM);

		JsonNode french = this.translations.translateForm(schema, "dog:1:1", Locale.FRENCH);

		assertThat(french.at("/components/0/text").asText()).isEqualTo("# Licence pour chien");
		assertThat(french.at("/components/1/label").asText()).isEqualTo("Race");
		assertThat(french.at("/components/1/values/0/label").asText()).isEqualTo("Caniche");
		assertThat(french.at("/components/1/values/0/value").asText()).isEqualTo("poodle");
		assertThat(french.at("/components/1/values/1/label").asText()).as("untranslated").isEqualTo("Other");
		assertThat(french.at("/components/1/validate")).isEqualTo(schema.at("/components/1/validate"));
		assertThat(french.at("/components/2/components/0/label").asText()).as("nested").isEqualTo("Nom");
		assertThat(schema).as("the deployed form itself is untouched").isEqualTo(JSON.readTree(FORM));
	}

	@Test
	void anEServiceTakesItsTranslatedTextsAndEnglishWhereThereAreNone() {
		EService french = this.translations.translate(this.service, Locale.FRENCH);

		assertThat(french.name()).isEqualTo("Licence pour chien");
		assertThat(french.description()).isEqualTo("For dog owners");
		assertThat(french.requirements()).containsExactly("Carnet de vaccination");
		assertThat(french.milestones()).extracting(Milestone::label).containsExactly("Submitted", "Délivrée");
		assertThat(french.withTexts(this.service.name(), this.service.description(), this.service.fee(),
				this.service.requirements(), this.service.milestones()))
			.as("only texts changed")
			.isEqualTo(this.service);
	}

	@Test
	void englishAndLanguagesWithoutABundleAreTheModelsOwnTexts() throws Exception {
		JsonNode schema = JSON.readTree(FORM);

		assertThat(this.translations.translateForm(schema, "dog:1:1", Locale.ENGLISH)).isSameAs(schema);
		assertThat(this.translations.translateForm(schema, "dog:1:1", Locale.ITALIAN)).isSameAs(schema);
		assertThat(this.translations.translate(this.service, Locale.ITALIAN)).isEqualTo(this.service);
	}

	private void bundle(String resource, String json) {
		given(this.repository.getResourceAsStream("deployment-1", resource))
			.willAnswer((call) -> new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
	}

}
