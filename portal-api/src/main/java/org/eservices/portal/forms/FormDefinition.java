package org.eservices.portal.forms;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A parsed form-js schema: the parts that hold data, as a tree (fields, groups, dynamic
 * lists), and the data paths they allow.
 */
public final class FormDefinition {

	/** Component types whose value is part of the form's data. */
	static final Set<String> INPUT_TYPES = Set.of("textfield", "textarea", "number", "checkbox", "checklist", "radio",
			"select", "taglist", "datetime", "filepicker", "expression");

	private final String id;

	private final JsonNode schema;

	private final List<FormNode> nodes;

	private final Set<String> fieldPaths = new HashSet<>();

	private final Map<String, String> fieldLabels = new LinkedHashMap<>();

	private final Set<String> objectPaths = new HashSet<>();

	private final Set<String> listPaths = new HashSet<>();

	private final Set<String> dataNames = new LinkedHashSet<>();

	private int expressionFields;

	private final boolean usesFeel;

	private FormDefinition(JsonNode schema) {
		this.id = schema.path("id").asText(null);
		this.schema = schema;
		this.nodes = parse(schema, List.of());
		this.usesFeel = hasFeel(schema);
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

	/** The top-level names of the form's data: its fields' keys and its groups' paths. */
	public Set<String> dataNames() {
		return Collections.unmodifiableSet(this.dataNames);
	}

	/** Each field's label (or key), by data path with list indexes left out. */
	Map<String, String> fieldLabels() {
		return Collections.unmodifiableMap(this.fieldLabels);
	}

	int expressionFields() {
		return this.expressionFields;
	}

	/**
	 * Whether any property is FEEL ({@code =...}): else the validator needs no context to
	 * evaluate anything in.
	 */
	boolean usesFeel() {
		return this.usesFeel;
	}

	List<FormNode> nodes() {
		return this.nodes;
	}

	/**
	 * @param template a data path with list indexes left out ({@code structures[].type})
	 */
	boolean isField(String template) {
		return this.fieldPaths.contains(template);
	}

	/** Whether the path leads to an object of the form's: a group's, or a list item. */
	boolean isObject(String template) {
		return this.objectPaths.contains(template);
	}

	boolean isList(String template) {
		return this.listPaths.contains(template);
	}

	private List<FormNode> parse(JsonNode container, List<String> prefix) {
		List<FormNode> parsed = new ArrayList<>();
		for (JsonNode component : container.path("components")) {
			String type = component.path("type").asText();
			List<String> path = segments(component.path("path").asText(""));
			boolean repeating = "dynamiclist".equals(type) && Js.truthy(component.path("isRepeating"));
			if (repeating && !path.isEmpty()) {
				List<String> listPath = concat(prefix, path);
				register(prefix, listPath, false);
				this.listPaths.add(template(listPath));
				List<String> item = concat(listPath.subList(0, listPath.size() - 1),
						List.of(listPath.get(listPath.size() - 1) + "[]"));
				this.objectPaths.add(template(item));
				parsed.add(new FormList(path, component, parse(component, item)));
			}
			else if ("group".equals(type) || "dynamiclist".equals(type)) {
				List<String> groupPath = concat(prefix, path);
				register(prefix, groupPath, true);
				parsed.add(new FormGroup(path, component, parse(component, groupPath)));
			}
			else if (INPUT_TYPES.contains(type) && component.hasNonNull("key")) {
				List<String> key = segments(component.get("key").asText());
				if (!key.isEmpty()) {
					List<String> fieldPath = concat(prefix, key);
					register(prefix, fieldPath, false);
					this.fieldPaths.add(template(fieldPath));
					this.fieldLabels.put(template(fieldPath), label(component));
					this.expressionFields += "expression".equals(type) ? 1 : 0;
					parsed.add(new FormField(key, type, component));
				}
			}
		}
		return List.copyOf(parsed);
	}

	private static String label(JsonNode component) {
		for (String text : List.of("label", "dateLabel", "timeLabel")) {
			if (component.path(text).isTextual() && !component.get(text).asText().isBlank()) {
				return component.get(text).asText();
			}
		}
		return component.path("key").asText();
	}

	private static boolean hasFeel(JsonNode node) {
		if (node.isTextual()) {
			return FormFeel.isExpression(node.asText());
		}
		for (JsonNode child : node) {
			if (hasFeel(child)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A part's path: its first name among the form's data names, the objects on the way
	 * below {@code prefix} (a dotted path nests), the path itself too when it is a
	 * group's.
	 */
	private void register(List<String> prefix, List<String> path, boolean isObject) {
		if (!path.isEmpty()) {
			this.dataNames.add(path.get(0).replace("[]", ""));
		}
		for (int end = prefix.size() + 1; end < path.size() + (isObject ? 1 : 0); end++) {
			this.objectPaths.add(template(path.subList(0, end)));
		}
	}

	private static String template(List<String> path) {
		return String.join(".", path).replace(".[]", "[]");
	}

	static List<String> segments(String dotted) {
		List<String> path = new ArrayList<>();
		for (String segment : dotted.split("\\.")) {
			if (!segment.isEmpty()) {
				path.add(segment);
			}
		}
		return List.copyOf(path);
	}

	private static List<String> concat(List<String> first, List<String> second) {
		List<String> all = new ArrayList<>(first);
		all.addAll(second);
		return List.copyOf(all);
	}

}
