package org.eservices.portal.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eservices.portal.i18n.Messages;

/**
 * Validates form data in Java with the rules form-js applies in the browser (same checks,
 * same messages), plus the type checks a browser gets for free from its widgets. Hidden
 * and disabled fields are neither validated nor kept, as form-js leaves them out of what
 * it submits. A read-only field is validated, as form-js does, but with the value the
 * form was opened with (kept as it is) or its default (kept), not with the client's.
 */
public class FormValidator {

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})?");

	private static final Pattern DATE_TIME = Pattern
		.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})?");

	private final FeelEvaluator feel;

	private final ObjectMapper mapper;

	public FormValidator(FeelEvaluator feel, ObjectMapper mapper) {
		this.feel = feel;
		this.mapper = mapper;
	}

	/**
	 * @param form the form the data was entered in
	 * @param data the submitted data (a JSON object)
	 * @param initialData what the form was opened with (process variables); conditions
	 * see it
	 */
	public ValidatedData validate(FormDefinition form, ObjectNode data, Map<String, Object> initialData) {
		Map<String, Object> context = new HashMap<>(initialData);
		context.putAll(this.mapper.convertValue(data, Map.class));
		Map<String, List<String>> errors = new LinkedHashMap<>();
		ObjectNode accepted = JsonNodeFactory.instance.objectNode();
		Set<String> keys = new HashSet<>();
		JsonNode opened = null;
		for (FormField field : form.fields()) {
			keys.add(field.key());
			if (field.disabled() || isHidden(field, context)) {
				continue;
			}
			JsonNode value = valueAt(data, field.path());
			if ("expression".equals(field.type())) {
				// form-js computes it in the browser; the server computes it again and
				// takes nothing of the client's
				value = computed(field, context);
			}
			boolean stored = false;
			if (isReadonly(field, context)) {
				// what a read-only field shows is what the form was opened with, or its
				// default: never what the client sent
				if (opened == null) {
					opened = this.mapper.valueToTree(initialData);
				}
				JsonNode shown = valueAt(opened, field.path());
				stored = !shown.isMissingNode() && !shown.isNull();
				value = stored ? shown : field.component().path("defaultValue");
			}
			List<String> fieldErrors = validateField(field, value, context);
			if (!fieldErrors.isEmpty()) {
				errors.put(field.key(), fieldErrors);
			}
			else if (!stored && !value.isMissingNode() && !value.isNull()) {
				put(accepted, field.path(), value);
			}
		}
		rejectUnknownKeys(form, keys, data, "", errors);
		return new ValidatedData(errors, accepted);
	}

	private List<String> validateField(FormField field, JsonNode value, Map<String, Object> context) {
		String typeError = typeError(field, value, context);
		if (typeError != null) {
			return List.of(typeError);
		}
		List<String> errors = new ArrayList<>();
		if ("number".equals(field.type())) {
			NumberRules.check(field.component(), value, errors);
		}
		JsonNode validate = field.validate();
		if (validate.isObject()) {
			presetRules(field, evaluated(validate, context), value, errors);
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
		if (validate.path("required").asBoolean(false) && isUnset(field, value)) {
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
	private String typeError(FormField field, JsonNode value, Map<String, Object> context) {
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
				return options(field, context).contains(value) ? null : Messages.get("form.option");
			}
			case "checklist", "taglist" -> {
				if (!value.isArray()) {
					return Messages.get("form.options");
				}
				List<JsonNode> options = options(field, context);
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
	 * Static {@code values}, or options from the form's input data ({@code valuesKey}) or
	 * FEEL.
	 */
	private List<JsonNode> options(FormField field, Map<String, Object> context) {
		JsonNode component = field.component();
		JsonNode source;
		if (component.has("valuesKey")) {
			source = this.mapper.valueToTree(context.get(component.get("valuesKey").asText()));
		}
		else if (component.has("valuesExpression")) {
			source = this.mapper.valueToTree(evaluate(component.get("valuesExpression").asText(), context));
		}
		else {
			source = component.path("values");
		}
		List<JsonNode> values = new ArrayList<>();
		for (JsonNode option : source) {
			values.add(option.isObject() ? option.path("value") : option);
		}
		return values;
	}

	/**
	 * An expression field's value: its FEEL {@code expression} over the form's data, a
	 * whole number as a whole number (as form-js's JavaScript gives it), missing when it
	 * has no result. Later conditions and expressions see this value, not the client's.
	 */
	private JsonNode computed(FormField field, Map<String, Object> context) {
		String expression = field.component().path("expression").asText("");
		Object result = expression.isBlank() ? null : evaluate(expression, context);
		if (result instanceof BigDecimal decimal && decimal.stripTrailingZeros().scale() <= 0) {
			try {
				result = decimal.longValueExact();
			}
			catch (ArithmeticException ex) {
				// beyond a long: stays a decimal
			}
		}
		if (field.path().size() == 1) {
			context.put(field.key(), result);
		}
		return (result != null) ? this.mapper.valueToTree(result) : MissingNode.getInstance();
	}

	/** {@code readonly}: true, or a FEEL condition that holds. */
	private boolean isReadonly(FormField field, Map<String, Object> context) {
		JsonNode readonly = field.component().path("readonly");
		if (readonly.isTextual() && readonly.asText().startsWith("=")) {
			return Boolean.TRUE.equals(evaluate(readonly.asText(), context));
		}
		return readonly.asBoolean(false);
	}

	private boolean isHidden(FormField field, Map<String, Object> context) {
		for (String condition : field.hideConditions()) {
			if (Boolean.TRUE.equals(evaluate(condition, context))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Replaces FEEL-valued limits by their values, as form-js does before it checks them.
	 */
	private ObjectNode evaluated(JsonNode validate, Map<String, Object> context) {
		ObjectNode copy = validate.deepCopy();
		for (String property : List.of("min", "max", "minLength", "maxLength")) {
			JsonNode limit = copy.get(property);
			if (limit != null && limit.isTextual() && limit.asText().startsWith("=")) {
				copy.set(property, this.mapper.valueToTree(evaluate(limit.asText(), context)));
			}
		}
		return copy;
	}

	private Object evaluate(String expression, Map<String, Object> context) {
		String feelExpression = expression.startsWith("=") ? expression.substring(1) : expression;
		try {
			return this.feel.evaluate(feelExpression, context);
		}
		catch (RuntimeException ex) {
			// form-js treats an expression it cannot evaluate as "no result"
			return null;
		}
	}

	private void rejectUnknownKeys(FormDefinition form, Set<String> keys, JsonNode data, String prefix,
			Map<String, List<String>> errors) {
		Iterator<Map.Entry<String, JsonNode>> entries = data.fields();
		while (entries.hasNext()) {
			Map.Entry<String, JsonNode> entry = entries.next();
			String path = prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey();
			if (keys.contains(path)) {
				continue;
			}
			if (form.isContainerPath(path) && entry.getValue().isObject()) {
				rejectUnknownKeys(form, keys, entry.getValue(), path, errors);
			}
			else {
				errors.put(path, List.of(Messages.get("form.unknownField")));
			}
		}
	}

	private static JsonNode valueAt(JsonNode data, List<String> path) {
		JsonNode node = data;
		for (String segment : path) {
			node = node.path(segment);
		}
		return node;
	}

	private static void put(ObjectNode target, List<String> path, JsonNode value) {
		ObjectNode node = target;
		for (String segment : path.subList(0, path.size() - 1)) {
			node = node.has(segment) ? (ObjectNode) node.get(segment) : node.putObject(segment);
		}
		node.set(path.get(path.size() - 1), value);
	}

}
