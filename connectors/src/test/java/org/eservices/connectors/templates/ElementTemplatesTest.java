package org.eservices.connectors.templates;

import java.beans.Introspector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every connector delegate has a Modeler element template, and each template binds
 * exactly the inputs its delegate reads, runs as a job, and requires every input.
 */
class ElementTemplatesTest {

	static final Path TEMPLATES = Path.of("../.camunda/element-templates");

	static final ObjectMapper JSON = new ObjectMapper();

	/** Delegates that only the platform's own models use, not analysts. */
	static final java.util.Set<String> PLATFORM_ONLY = java.util.Set.of("reconcilePaymentsDelegate",
			"outageRecoveryDelegate");

	@Test
	void everyDelegateHasATemplate() throws Exception {
		java.util.Set<String> forAnalysts = new java.util.TreeSet<>(delegates().keySet());
		forAnalysts.removeAll(PLATFORM_ONLY);
		assertThat(templatesByDelegateBean().keySet()).containsExactlyInAnyOrderElementsOf(forAnalysts);
	}

	@TestFactory
	Stream<DynamicTest> templatesBindWhatTheirDelegateReads() throws Exception {
		Map<String, Class<?>> delegates = delegates();
		return templatesByDelegateBean().entrySet()
			.stream()
			.map((entry) -> DynamicTest.dynamicTest(entry.getKey(), () -> {
				JsonNode template = entry.getValue();
				Class<?> delegate = delegates.get(entry.getKey());
				assertThat(delegate).as("a delegate bean named %s", entry.getKey()).isNotNull();
				@SuppressWarnings("unchecked")
				List<String> reads = (List<String>) delegate.getField("INPUTS").get(null);
				List<String> bound = new ArrayList<>();
				boolean async = false;
				for (JsonNode property : template.get("properties")) {
					JsonNode binding = property.get("binding");
					if ("camunda:inputParameter".equals(binding.get("type").asText())) {
						bound.add(binding.get("name").asText());
						// an optional input (the template says so) may be left out
						assertThat(property.at("/constraints/notEmpty").asBoolean()
								|| property.path("optional").asBoolean())
							.as("input %s is required or optional", binding.get("name").asText())
							.isTrue();
					}
					if ("camunda:asyncBefore".equals(binding.path("name").asText())) {
						async = "true".equals(property.get("value").asText());
					}
				}
				assertThat(bound).containsExactlyInAnyOrderElementsOf(reads);
				assertThat(async).as("runs as a retried job (asyncBefore)").isTrue();
			}));
	}

	private static Map<String, JsonNode> templatesByDelegateBean() throws IOException {
		Map<String, JsonNode> templates = new TreeMap<>();
		try (Stream<Path> files = Files.list(TEMPLATES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".json")).toList()) {
				JsonNode template = JSON.readTree(file.toFile());
				// the documents' templates bind portal-api's delegates, not the
				// connectors'
				if (!template.path("id").asText().startsWith("org.eservices.connectors.")) {
					continue;
				}
				for (JsonNode property : template.get("properties")) {
					if ("camunda:delegateExpression".equals(property.at("/binding/name").asText())) {
						String expression = property.get("value").asText();
						templates.put(expression.substring(2, expression.length() - 1), template);
					}
				}
			}
		}
		return templates;
	}

	private static Map<String, Class<?>> delegates() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(JavaDelegate.class));
		Map<String, Class<?>> delegates = new TreeMap<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("org.eservices.connectors")) {
			Class<?> type = Class.forName(candidate.getBeanClassName());
			delegates.put(Introspector.decapitalize(type.getSimpleName()), type);
		}
		return delegates;
	}

}
