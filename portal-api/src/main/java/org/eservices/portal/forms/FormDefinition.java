package org.eservices.portal.forms;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A parsed form-js schema: the value-holding fields with their data paths.
 */
public final class FormDefinition {

	/** Component types whose value is part of the form's data. */
	static final Set<String> INPUT_TYPES = Set.of("textfield", "textarea", "number", "checkbox", "checklist", "radio",
			"select", "taglist", "datetime", "filepicker", "expression");

	private static final Set<String> CONTAINER_TYPES = Set.of("group", "default");

	private final String id;

	private final JsonNode schema;

	private final List<FormField> fields = new ArrayList<>();

	private final Set<String> containerPaths = new HashSet<>();

	private FormDefinition(JsonNode schema) {
		this.id = schema.path("id").asText(null);
		this.schema = schema;
		collect(schema, List.of(), List.of());
	}

	public static FormDefinition of(JsonNode schema) {
		if (schema == null || !schema.path("components").isArray()) {
			throw new IllegalArgumentException("Not a form-js schema: no components");
		}
		return new FormDefinition(schema);
	}

	public String id() {
		return this.id;
	}

	public JsonNode schema() {
		return this.schema;
	}

	public List<FormField> fields() {
		return Collections.unmodifiableList(this.fields);
	}

	/** Whether a data path leads into a group's nested object (e.g. {@code address}). */
	boolean isContainerPath(String path) {
		return this.containerPaths.contains(path);
	}

	private void collect(JsonNode container, List<String> prefix, List<String> hides) {
		for (JsonNode component : container.path("components")) {
			String type = component.path("type").asText();
			List<String> componentHides = withHide(hides, component);
			if (CONTAINER_TYPES.contains(type)) {
				List<String> nested = appendPath(prefix, component.path("path").asText(""));
				registerContainers(nested);
				collect(component, nested, componentHides);
			}
			else if (INPUT_TYPES.contains(type) && component.hasNonNull("key")) {
				List<String> path = appendPath(prefix, component.get("key").asText());
				registerContainers(path.subList(0, path.size() - 1));
				this.fields.add(new FormField(String.join(".", path), path, type, component, componentHides));
			}
		}
	}

	private void registerContainers(List<String> path) {
		for (int i = 1; i <= path.size(); i++) {
			this.containerPaths.add(String.join(".", path.subList(0, i)));
		}
	}

	private static List<String> appendPath(List<String> prefix, String dotted) {
		List<String> path = new ArrayList<>(prefix);
		for (String segment : dotted.split("\\.")) {
			if (!segment.isEmpty()) {
				path.add(segment);
			}
		}
		return List.copyOf(path);
	}

	private static List<String> withHide(List<String> hides, JsonNode component) {
		JsonNode hide = component.path("conditional").path("hide");
		if (!hide.isTextual() || hide.asText().isBlank()) {
			return hides;
		}
		List<String> all = new ArrayList<>(hides);
		all.add(hide.asText());
		return List.copyOf(all);
	}

}
