package org.eservices.portal.documents;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.eservices.portal.attachments.AttachmentInfo;
import org.eservices.portal.i18n.Messages;

/**
 * A form's answers as a person reads them: each field's label (in the form's language)
 * and its value, options by their labels, yes or no, files by their names; groups and
 * list items indented under their titles.
 */
final class FormAnswers {

	/** Components that hold no answer. */
	private static final Set<String> NO_DATA = Set.of("text", "html", "image", "spacer", "separator", "iframe",
			"button", "table", "documentPreview");

	private final Locale locale;

	/** The file names by a file picker's files key. */
	private final Map<String, List<String>> files;

	private final List<Answer> answers = new ArrayList<>();

	private FormAnswers(Locale locale, Map<String, List<String>> files) {
		this.locale = locale;
		this.files = files;
	}

	static List<Answer> of(JsonNode form, JsonNode data, Map<String, List<String>> files, Locale locale) {
		FormAnswers answers = new FormAnswers(locale, files);
		if (form != null && data != null) {
			answers.components(form.path("components"), data, 0);
		}
		return answers.answers;
	}

	private void components(JsonNode components, JsonNode data, int depth) {
		for (JsonNode component : components) {
			String type = component.path("type").asText();
			String label = label(component);
			if ("group".equals(type)) {
				JsonNode scope = component.hasNonNull("path") ? at(data, component.path("path").asText()) : data;
				if (!scope.isMissingNode()) {
					this.answers.add(new Answer(label, "", depth));
					components(component.path("components"), scope, depth + 1);
				}
			}
			else if ("dynamiclist".equals(type)) {
				JsonNode items = at(data, component.path("path").asText());
				int number = 1;
				for (JsonNode item : items) {
					this.answers.add(new Answer(label + " " + number++, "", depth));
					components(component.path("components"), item, depth + 1);
				}
			}
			else if (!NO_DATA.contains(type) && component.hasNonNull("key")) {
				JsonNode value = at(data, component.path("key").asText());
				if (!value.isMissingNode() && !value.isNull()) {
					this.answers.add(new Answer(label, value(component, type, value), depth));
				}
			}
		}
	}

	private String value(JsonNode component, String type, JsonNode value) {
		if (value.isBoolean()) {
			return Messages.in(this.locale, value.asBoolean() ? "receipt.yes" : "receipt.no");
		}
		if ("filepicker".equals(type)) {
			return String.join(", ", this.files.getOrDefault(value.asText(), List.of()));
		}
		Map<String, String> options = options(component);
		if (value.isArray()) {
			List<String> chosen = new ArrayList<>();
			value.forEach((one) -> chosen.add(options.getOrDefault(one.asText(), one.asText())));
			return String.join(", ", chosen);
		}
		if (value.isObject()) {
			return value.toString();
		}
		return options.getOrDefault(value.asText(), value.asText());
	}

	private static Map<String, String> options(JsonNode component) {
		List<JsonNode> values = new ArrayList<>();
		component.path("values").forEach(values::add);
		return values.stream()
			.filter((option) -> option.hasNonNull("value"))
			.collect(Collectors.toMap((option) -> option.path("value").asText(),
					(option) -> option.path("label").asText(option.path("value").asText()), (a, b) -> a));
	}

	private static String label(JsonNode component) {
		for (String name : List.of("label", "dateLabel", "key", "id")) {
			if (component.hasNonNull(name) && !component.path(name).asText().isBlank()) {
				return component.path(name).asText();
			}
		}
		return "";
	}

	/** A key or path may name a nested field: {@code address.street}. */
	private static JsonNode at(JsonNode data, String path) {
		JsonNode node = data;
		for (String part : path.split("\\.")) {
			node = node.path(part);
		}
		return node;
	}

	static Map<String, List<String>> filesByField(Collection<AttachmentInfo> files) {
		return files.stream()
			.filter((file) -> file.field() != null)
			.collect(Collectors.groupingBy(AttachmentInfo::field,
					Collectors.mapping(AttachmentInfo::filename, Collectors.toList())));
	}

	/**
	 * @param depth how far inside groups and list items
	 */
	record Answer(String label, String value, int depth) {

	}

}
