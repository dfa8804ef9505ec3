package org.eservices.portal.forms;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.eservices.portal.i18n.Messages;

/**
 * One field's rules: the type its widget would produce, then form-js's own checks (same
 * order, same messages).
 */
final class FieldRules {

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})?");

	private static final Pattern DATE_TIME = Pattern
		.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})?");

	/** The limits form-js evaluates when they are FEEL. */
	private static final List<String> FEEL_LIMITS = List.of("min", "max", "minLength", "maxLength");

	private final FormFeel feel;

	private final ObjectMapper mapper;

	FieldRules(FormFeel feel, ObjectMapper mapper) {
		this.feel = feel;
		this.mapper = mapper;
	}

	/**
	 * @param initialData what the form was opened with: where {@code valuesKey} options
	 * come from
	 */
	List<String> check(FormField field, JsonNode value, FormScope scope, Map<String, Object> initialData) {
		String typeError = typeError(field, value, scope, initialData);
		if (typeError != null) {
			return List.of(typeError);
		}
		List<String> errors = new ArrayList<>();
		if ("number".equals(field.type())) {
			NumberRules.check(field.component(), value, errors);
		}
		JsonNode validate = field.validate();
		if (validate.isObject()) {
			presetRules(field, evaluated(validate, scope), value, errors);
		}
		return errors;
	}

	private void presetRules(FormField field, ObjectNode validate, JsonNode value, List<String> errors) {
		boolean truthy = Js.truthy(value);
		String pattern = validate.path("pattern").asText("");
		if (!pattern.isEmpty() && truthy) {
			Pattern regex = FieldPatterns.custom(pattern);
			if (regex != null && !regex.matcher(value.asText()).find()) {
				errors.add(validate.hasNonNull("patternErrorMessage") ? validate.get("patternErrorMessage").asText()
						: Messages.get("form.pattern", pattern));
			}
		}
		// form-js evaluates no FEEL here: any truthy value, "=..." too, makes it required
		if (Js.truthy(validate.path("required")) && isUnset(field, value)) {
			errors.add(Messages.get("form.required"));
		}
		if (validate.has("min") && (truthy || Js.isZero(value))) {
			NumberRules.compare(validate.get("min"), value, -1, errors);
		}
		if (validate.has("max") && (truthy || Js.isZero(value))) {
			NumberRules.compare(validate.get("max"), value, 1, errors);
		}
		if (validate.has("minLength") && truthy && value.isTextual() && validate.get("minLength").isNumber()
				&& JsText.trim(value.asText()).length() < validate.get("minLength").asDouble()) {
			errors.add(Messages.get("form.minLength", Js.toString(validate.get("minLength"))));
		}
		if (validate.has("maxLength") && truthy && value.isTextual() && validate.get("maxLength").isNumber()
				&& JsText.trim(value.asText()).length() > validate.get("maxLength").asDouble()) {
			errors.add(Messages.get("form.maxLength", Js.toString(validate.get("maxLength"))));
		}
		String validationType = validate.path("validationType").asText("");
		if ("phone".equals(validationType) && truthy && !FieldPatterns.PHONE.matcher(value.asText()).find()) {
			errors.add(Messages.get("form.phone"));
		}
		if ("email".equals(validationType) && truthy && (!FieldPatterns.EMAIL.matcher(value.asText()).find()
				|| !FieldPatterns.deliverableLength(value.asText()))) {
			errors.add(Messages.get("form.email"));
		}
	}

	private static boolean isUnset(FormField field, JsonNode value) {
		return value.isMissingNode() || value.isNull() || (value.isTextual() && JsText.isInvisible(value.asText()))
				|| ("checkbox".equals(field.type()) && value.isBoolean() && !value.asBoolean())
				|| (value.isArray() && value.isEmpty());
	}

	/**
	 * The type a component's widget would produce; a message when the value has another.
	 */
	private String typeError(FormField field, JsonNode value, FormScope scope, Map<String, Object> initialData) {
		if (value.isMissingNode() || value.isNull()) {
			return null;
		}
		switch (field.type()) {
			case "textfield", "textarea", "filepicker" -> {
				return value.isTextual() ? null : Messages.get("form.text");
			}
			case "number" -> {
				boolean asString = field.component().path("serializeToString").asBoolean(false);
				if (value.isNumber() && !NumberRules.storable(value)) {
					return Messages.get("form.numberRange");
				}
				return value.isNumber() || (asString && value.isTextual()) ? null : Messages.get("form.number");
			}
			case "checkbox" -> {
				return value.isBoolean() ? null : Messages.get("form.boolean");
			}
			case "radio", "select" -> {
				return options(field, scope, initialData).contains(value) ? null : Messages.get("form.option");
			}
			case "checklist", "taglist" -> {
				if (!value.isArray()) {
					return Messages.get("form.options");
				}
				List<JsonNode> options = options(field, scope, initialData);
				for (JsonNode item : value) {
					if (!options.contains(item)) {
						return Messages.get("form.optionItem", item.toString());
					}
				}
				return null;
			}
			case "datetime" -> {
				return dateTimeError(field.component().path("subtype").asText("date"), value);
			}
			default -> {
				return null;
			}
		}
	}

	private static String dateTimeError(String subtype, JsonNode value) {
		String text = value.isTextual() ? value.asText() : "";
		return switch (subtype) {
			case "time" -> TIME.matcher(text).matches() ? null : Messages.get("form.time");
			case "datetime" -> DATE_TIME.matcher(text).matches() && isDate(text.substring(0, 10)) ? null
					: Messages.get("form.dateTime");
			default -> DATE.matcher(text).matches() && isDate(text) ? null : Messages.get("form.date");
		};
	}

	private static boolean isDate(String text) {
		try {
			LocalDate.parse(text);
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

	/**
	 * The option values, from the first source the component has, in form-js's order:
	 * {@code valuesKey} (a top-level name of the form's input data), {@code values}, then
	 * {@code valuesExpression} (FEEL in the field's scope).
	 */
	private List<JsonNode> options(FormField field, FormScope scope, Map<String, Object> initialData) {
		JsonNode component = field.component();
		JsonNode source;
		if (component.has("valuesKey")) {
			source = FormFeel.json(this.mapper, initialData.get(component.get("valuesKey").asText()));
		}
		else if (component.has("values")) {
			source = component.path("values");
		}
		else if (FormFeel.isExpression(component.path("valuesExpression").asText(null))) {
			source = FormFeel.json(this.mapper,
					this.feel.evaluate(component.get("valuesExpression").asText(), scope.context()));
		}
		else {
			source = component.path("values");
		}
		List<JsonNode> values = new ArrayList<>();
		for (JsonNode option : (source != null && source.isArray()) ? source : this.mapper.createArrayNode()) {
			values.add(option.isObject() ? option.path("value") : option);
		}
		return values;
	}

	/**
	 * Replaces FEEL-valued limits by their values, as form-js does before it checks them;
	 * a limit without a result is no limit.
	 */
	private ObjectNode evaluated(JsonNode validate, FormScope scope) {
		ObjectNode copy = validate.deepCopy();
		for (String property : FEEL_LIMITS) {
			JsonNode limit = copy.get(property);
			if (limit != null && limit.isTextual() && FormFeel.isExpression(limit.asText())) {
				JsonNode result = FormFeel.json(this.mapper, this.feel.evaluate(limit.asText(), scope.context()));
				if (result.isMissingNode() || result.isNull()) {
					copy.remove(property);
				}
				else {
					copy.set(property, result);
				}
			}
		}
		return copy;
	}

}
