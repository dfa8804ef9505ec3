package org.eservices.portal.documents;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.stereotype.Component;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Modeler's "Issue document" and "Revoke document" templates call the documents'
 * delegates by their bean names, bind exactly the inputs each reads, mark each input
 * required or optional, and run the step as a retried job.
 */
class DocumentElementTemplatesTest {

	static final Path TEMPLATES = Path.of("../.camunda/element-templates");

	@ParameterizedTest
	@CsvSource({ "issue-document.json, org.eservices.portal.documents.IssueDocumentDelegate",
			"revoke-document.json, org.eservices.portal.documents.RevokeDocumentDelegate" })
	void theTemplateBindsWhatItsDelegateReads(String file, Class<?> delegate) throws Exception {
		JsonNode template = new ObjectMapper().readTree(TEMPLATES.resolve(file).toFile());
		@SuppressWarnings("unchecked")
		List<String> reads = (List<String>) delegate.getDeclaredField("INPUTS").get(null);
		List<String> bound = new ArrayList<>();
		String expression = null;
		boolean async = false;
		for (JsonNode property : template.get("properties")) {
			JsonNode binding = property.get("binding");
			String name = binding.path("name").asText();
			if ("camunda:inputParameter".equals(binding.get("type").asText())) {
				bound.add(name);
				assertThat(property.at("/constraints/notEmpty").asBoolean() || property.path("optional").asBoolean())
					.as("input %s is required or optional", name)
					.isTrue();
			}
			if ("camunda:delegateExpression".equals(name)) {
				expression = property.get("value").asText();
			}
			if ("camunda:asyncBefore".equals(name)) {
				async = "true".equals(property.get("value").asText());
			}
		}
		assertThat(bound).containsExactlyInAnyOrderElementsOf(reads);
		assertThat(expression).isEqualTo("${" + delegate.getAnnotation(Component.class).value() + "}");
		assertThat(async).as("runs as a retried job (asyncBefore)").isTrue();
		assertThat(template.get("appliesTo")).extracting(JsonNode::asText).containsExactly("bpmn:ServiceTask");
	}

}
