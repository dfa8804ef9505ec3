package org.eservices.portal.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.camunda.bpm.engine.RepositoryService;

import org.springframework.stereotype.Component;

/**
 * The analysts' translation bundles, deployed beside the models:
 * {@code <name>.<lang>.json}, where the name is a form's id (keys: field keys, or
 * component ids for texts) or the process key (the e-service's name, description, fee,
 * requirements, milestone labels and user task names). Models are written in English; a
 * text without a translation stays English.
 */
@Component
public class Translations {

	private static final String[] COMPONENT_TEXTS = { "label", "description", "text", "dateLabel", "timeLabel",
			"placeholder", "alt", "content" };

	private final RepositoryService repositoryService;

	private final ObjectMapper objectMapper;

	/** Per deployment and language: deployments never change. */
	private final Cache<String, Map<String, JsonNode>> bundles = Caffeine.newBuilder().maximumSize(1_000).build();

	private final Cache<String, String> deploymentOfDefinition = Caffeine.newBuilder().maximumSize(10_000).build();

	Translations(RepositoryService repositoryService, ObjectMapper objectMapper) {
		this.repositoryService = repositoryService;
		this.objectMapper = objectMapper;
	}

	/** The e-service's texts in the language, where the analyst translated them. */
	public EService translate(EService service, Locale locale) {
		ServiceTexts texts = serviceTexts(service.definitionId(), service.key(), locale);
		return service.withTexts(texts.name(service.name()), texts.description(service.description()),
				texts.fee(service.fee()), texts.requirements(service.requirements()),
				service.milestones()
					.stream()
					.map((milestone) -> new Milestone(milestone.code(),
							texts.milestone(milestone.code(), milestone.label())))
					.toList());
	}

	/**
	 * The e-service's texts of one (possibly older) version: its name and a milestone's
	 * label by code, each falling back to the given English.
	 */
	public ServiceTexts serviceTexts(String definitionId, String serviceKey, Locale locale) {
		return new ServiceTexts(bundle(definitionId, locale, serviceKey).orElse(null));
	}

	/** Texts of one e-service in one language; English where none is given. */
	public static final class ServiceTexts {

		private final JsonNode texts;

		ServiceTexts(JsonNode texts) {
			this.texts = (texts != null) ? texts : NullNode.getInstance();
		}

		public String name(String english) {
			return this.texts.path("name").asText(english);
		}

		String description(String english) {
			return this.texts.path("description").asText(english);
		}

		String fee(String english) {
			return this.texts.path("fee").asText(english);
		}

		List<String> requirements(List<String> english) {
			List<String> translated = new ArrayList<>();
			this.texts.path("requirements").forEach((requirement) -> translated.add(requirement.asText()));
			return translated.isEmpty() ? english : translated;
		}

		public String milestone(String code, String english) {
			return this.texts.path("milestones").path(code).asText(english);
		}

		/** A user task's name, by its element id. */
		public String task(String taskKey, String english) {
			return this.texts.path("tasks").path(taskKey).asText(english);
		}

	}

	/** A copy of a form-js schema with its labels in the language. */
	public JsonNode translateForm(JsonNode schema, String definitionId, Locale locale) {
		Optional<JsonNode> bundle = bundle(definitionId, locale, schema.path("id").asText());
		if (bundle.isEmpty()) {
			return schema;
		}
		JsonNode translated = schema.deepCopy();
		translateComponents(translated.path("components"), bundle.get());
		return translated;
	}

	private static void translateComponents(JsonNode components, JsonNode bundle) {
		for (JsonNode component : components) {
			// by id first: a key may repeat, in two dynamic lists for example
			JsonNode texts = bundle.path(component.path("id").asText());
			if (!texts.isObject() && component.hasNonNull("key")) {
				texts = bundle.path(component.get("key").asText());
			}
			if (component instanceof ObjectNode object && texts.isObject()) {
				for (String text : COMPONENT_TEXTS) {
					if (texts.hasNonNull(text)) {
						object.put(text, texts.get(text).asText());
					}
				}
				for (JsonNode value : component.path("values")) {
					JsonNode label = texts.path("values").path(value.path("value").asText());
					if (value instanceof ObjectNode option && label.isTextual()) {
						option.put("label", label.asText());
					}
				}
				// a table's column headings, by column key
				for (JsonNode column : component.path("columns")) {
					JsonNode label = texts.path("columns").path(column.path("key").asText());
					if (column instanceof ObjectNode heading && label.isTextual()) {
						heading.put("label", label.asText());
					}
				}
			}
			translateComponents(component.path("components"), bundle);
		}
	}

	private Optional<JsonNode> bundle(String definitionId, Locale locale, String name) {
		if (locale == null || locale.getLanguage().isEmpty() || "en".equals(locale.getLanguage())) {
			return Optional.empty();
		}
		String deploymentId = this.deploymentOfDefinition.get(definitionId,
				(id) -> this.repositoryService.getProcessDefinition(id).getDeploymentId());
		return Optional.ofNullable(
				this.bundles.get(deploymentId + "/" + locale.getLanguage(), (ignored) -> read(deploymentId, locale))
					.get(name));
	}

	private Map<String, JsonNode> read(String deploymentId, Locale locale) {
		String suffix = "." + locale.getLanguage() + ".json";
		Map<String, JsonNode> found = new HashMap<>();
		for (String resource : this.repositoryService.getDeploymentResourceNames(deploymentId)) {
			String file = resource.substring(Math.max(resource.lastIndexOf('/'), resource.lastIndexOf('\\')) + 1);
			if (file.endsWith(suffix)) {
				try (InputStream in = this.repositoryService.getResourceAsStream(deploymentId, resource)) {
					found.put(file.substring(0, file.length() - suffix.length()), this.objectMapper.readTree(in));
				}
				catch (IOException ex) {
					throw new UncheckedIOException("Unreadable translation bundle " + resource, ex);
				}
			}
		}
		return found;
	}

}
