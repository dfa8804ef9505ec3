package org.eservices.portal.forms;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our Java validator and form-js itself (run in Node with jsdom, installed by the build)
 * must reject the same fields for every fixture. The fixtures state the expected fields
 * too, so a change on either side shows which one moved. Where the server is stricter on
 * purpose (an answer that shows nothing fills no required field), a fixture says so in
 * {@code serverExpected}. A fixture's {@code initialData} is what the form was opened
 * with (process variables: {@code valuesKey} options, read-only values).
 */
class FormValidatorParityTest {

	private static final ObjectMapper MAPPER = new ObjectMapper();

	private static final Path FIXTURES = Path.of("src/test/resources/forms/parity-fixtures.json");

	private static List<JsonNode> fixtures;

	private static Map<String, List<String>> formJsResults;

	private final FormValidator validator = new FormValidator(new ScalaFeelEvaluator(), MAPPER);

	@BeforeAll
	static void runFormJs() throws Exception {
		fixtures = new ArrayList<>();
		MAPPER.readTree(FIXTURES.toFile()).forEach(fixtures::add);
		Process node = new ProcessBuilder("node", "validate.mjs", FIXTURES.toAbsolutePath().toString())
			.directory(Path.of("src/test/formjs").toFile())
			.redirectError(ProcessBuilder.Redirect.INHERIT)
			.start();
		String output;
		try (InputStream out = node.getInputStream()) {
			output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertThat(node.waitFor(120, TimeUnit.SECONDS)).as("form-js harness finished").isTrue();
		assertThat(node.exitValue()).as("form-js harness exit code").isZero();
		formJsResults = MAPPER.readValue(output, new TypeReference<>() {
		});
	}

	@TestFactory
	Stream<DynamicTest> javaAndFormJsRejectTheSameFields() {
		assertThat(fixtures).hasSizeGreaterThanOrEqualTo(120);
		return fixtures.stream().map((fixture) -> DynamicTest.dynamicTest(fixture.get("name").asText(), () -> {
			List<String> expected = MAPPER.convertValue(fixture.get("expected"), new TypeReference<>() {
			});
			List<String> serverExpected = fixture.has("serverExpected")
					? MAPPER.convertValue(fixture.get("serverExpected"), new TypeReference<>() {
					}) : expected;
			assertThat(javaRejects(fixture)).as("Java validator").containsExactlyElementsOf(serverExpected);
			assertThat(formJsResults.get(fixture.get("name").asText())).as("form-js")
				.containsExactlyElementsOf(expected);
		}));
	}

	private List<String> javaRejects(JsonNode fixture) throws IOException {
		Map<String, Object> initialData = fixture.has("initialData")
				? MAPPER.convertValue(fixture.get("initialData"), new TypeReference<>() {
				}) : Map.of();
		ValidatedData result = this.validator.validate(FormDefinition.of(fixture.get("schema")),
				(ObjectNode) fixture.get("data"), initialData);
		return List.copyOf(new TreeSet<>(result.errors().keySet()));
	}

}
