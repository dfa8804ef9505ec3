package org.eservices.portal.forms;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.eservices.portal.i18n.Messages;

/**
 * Validates form data in Java with the rules form-js applies in the browser (same checks,
 * same messages), plus the type checks a browser gets for free from its widgets. As
 * form-js does:
 * <ul>
 * <li>expression fields are computed (again: nothing of the client's is taken), until no
 * result changes;</li>
 * <li>conditions see the form's data with the hidden parts taken out; hidden and disabled
 * fields are neither validated nor kept;</li>
 * <li>each item of a dynamic list is validated in its own scope ({@code this},
 * {@code parent}, {@code i}); its errors are keyed {@code list[0].field};</li>
 * <li>a read-only field is validated with the value the form was opened with (kept as it
 * is) or its default (kept), never the client's.</li>
 * </ul>
 */
public class FormValidator {

	/** Items of one dynamic list the server takes at most, whatever the form says. */
	static final int MAX_ITEMS = 500;

	/**
	 * Items of all lists together, nested ones counted in each item: the work bounded.
	 */
	static final int MAX_ALL_ITEMS = 2_000;

	private final ObjectMapper mapper;

	private final FormFeel feel;

	private final FieldRules rules;

	private final FormWalk walk;

	public FormValidator(FeelEvaluator feel, ObjectMapper mapper) {
		this.mapper = mapper;
		this.feel = new FormFeel(feel);
		this.rules = new FieldRules(this.feel, mapper);
		this.walk = new FormWalk(mapper);
	}

	/**
	 * @param form the form the data was entered in
	 * @param data the submitted data (a JSON object)
	 * @param initialData what the form was opened with (process variables); conditions
	 * see it
	 */
	public ValidatedData validate(FormDefinition form, ObjectNode data, Map<String, Object> initialData) {
		Map<String, List<String>> tooMany = ListSizes.over(form, data, MAX_ITEMS, MAX_ALL_ITEMS);
		if (!tooMany.isEmpty()) {
			// refused before any rule runs: each item costs every pass below
			return new ValidatedData(tooMany, JsonNodeFactory.instance.objectNode());
		}
		// computed fields are written into a copy; the conditions' context is built only
		// for a form that has FEEL
		ObjectNode working = (form.expressionFields() > 0) ? data.deepCopy() : data;
		compute(form, working, initialData);
		Map<String, Object> context = new HashMap<>(initialData);
		if (form.usesFeel()) {
			context.putAll(plain(visible(form, working, initialData)));
		}
		Check check = new Check(working, initialData);
		this.walk.walk(form.nodes(), FormScope.root(context), working, check);
		rejectUnknownKeys(form, data, DataPath.ROOT, "", check.errors);
		return new ValidatedData(check.errors, check.accepted, check.files);
	}

	/**
	 * Computes the expression fields into the data, again while a result changes (one may
	 * use another's), at most once more than there are of them.
	 */
	private void compute(FormDefinition form, ObjectNode working, Map<String, Object> initialData) {
		for (int round = 0; form.expressionFields() > 0 && round <= form.expressionFields(); round++) {
			Map<String, Object> context = new HashMap<>(initialData);
			context.putAll(plain(working));
			boolean[] changed = { false };
			this.walk.walk(form.nodes(), FormScope.root(context), working, (field, scope, path) -> {
				if ("expression".equals(field.type())) {
					JsonNode result = computed(field, scope);
					if (!Objects.equals(path.in(working), result)) {
						if (result.isMissingNode()) {
							path.remove(working);
						}
						else {
							path.put(working, result);
						}
						changed[0] = true;
					}
				}
			});
			if (!changed[0]) {
				return;
			}
		}
	}

	/**
	 * The data with what conditions hide taken out, the conditions seeing the data as
	 * submitted: what form-js's conditions see when it validates.
	 */
	private ObjectNode visible(FormDefinition form, ObjectNode working, Map<String, Object> initialData) {
		ObjectNode visible = working.deepCopy();
		Map<String, Object> submitted = new HashMap<>(initialData);
		submitted.putAll(plain(working));
		this.walk.walk(form.nodes(), FormScope.root(submitted), working, new FormWalk.Visitor() {

			@Override
			public boolean enter(FormNode node, FormScope scope, DataPath path) {
				if (isHidden(node, scope)) {
					remove(node, path, visible);
					return false;
				}
				return true;
			}

			@Override
			public void field(FormField field, FormScope scope, DataPath path) {
			}

		});
		return visible;
	}

	/** Takes a part's data out; a group without path has its parts' data only. */
	private static void remove(FormNode node, DataPath path, ObjectNode data) {
		if (node instanceof FormGroup group && group.path().isEmpty()) {
			group.children().forEach((child) -> remove(child, path.then(child.path()), data));
		}
		else {
			path.remove(data);
		}
	}

	/**
	 * An expression field's value: its FEEL {@code expression} in its scope, a whole
	 * number as a whole number (as form-js's JavaScript gives it), missing when it has no
	 * result; a value that is no expression is the value itself.
	 */
	private JsonNode computed(FormField field, FormScope scope) {
		String expression = field.component().path("expression").asText("");
		Object result = FormFeel.isExpression(expression) ? this.feel.evaluate(expression, scope.context())
				: expression.isEmpty() ? null : expression;
		if (result instanceof BigDecimal decimal && decimal.stripTrailingZeros().scale() <= 0) {
			try {
				result = decimal.longValueExact();
			}
			catch (ArithmeticException ex) {
				// beyond a long: stays a decimal
			}
		}
		return FormFeel.json(this.mapper, result);
	}

	private boolean isHidden(FormNode node, FormScope scope) {
		String condition = node.hideCondition();
		return condition != null && this.feel.holds(condition, scope.context());
	}

	/** {@code readonly}: truthy, or a FEEL condition that holds. */
	private boolean isReadonly(FormField field, FormScope scope) {
		JsonNode readonly = field.component().path("readonly");
		if (readonly.isTextual() && FormFeel.isExpression(readonly.asText())) {
			return this.feel.holds(readonly.asText(), scope.context());
		}
		return Js.truthy(readonly);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> plain(ObjectNode data) {
		return this.mapper.convertValue(data, Map.class);
	}

	/** Validates what form-js shows, and keeps what it would submit. */
	private final class Check implements FormWalk.Visitor {

		private final ObjectNode working;

		private final Map<String, Object> initialData;

		private final Map<String, List<String>> errors = new LinkedHashMap<>();

		private final ObjectNode accepted = JsonNodeFactory.instance.objectNode();

		private final Map<String, String> files = new LinkedHashMap<>();

		private JsonNode opened;

		Check(ObjectNode working, Map<String, Object> initialData) {
			this.working = working;
			this.initialData = initialData;
		}

		@Override
		public boolean enter(FormNode node, FormScope scope, DataPath path) {
			if (isHidden(node, scope)) {
				return false;
			}
			return !(node instanceof FormField field) || !field.disabled();
		}

		@Override
		public void list(FormList list, FormScope scope, DataPath path, JsonNode items) {
			String key = path.toString();
			if (!items.isArray() && !items.isMissingNode() && !items.isNull()) {
				this.errors.put(key, List.of(Messages.get("form.list")));
				return;
			}
			int count = items.isArray() ? items.size() : 0;
			if (list.minItems().isPresent() && count < list.minItems().getAsInt()) {
				this.errors.put(key,
						List.of(Messages.get("form.minItems", String.valueOf(list.minItems().getAsInt()))));
			}
			// past MAX_ITEMS the list was refused before the walk (ListSizes)
			if (list.maxItems().isPresent() && count > list.maxItems().getAsInt()) {
				this.errors.put(key,
						List.of(Messages.get("form.maxItems", String.valueOf(list.maxItems().getAsInt()))));
			}
			for (int i = 0; i < count; i++) {
				if (items.get(i).isObject()) {
					path.item(i).put(this.accepted, JsonNodeFactory.instance.objectNode());
				}
			}
		}

		@Override
		public void field(FormField field, FormScope scope, DataPath path) {
			JsonNode value = path.in(this.working);
			boolean stored = false;
			if (isReadonly(field, scope)) {
				// what a read-only field shows is what the form was opened with, or its
				// default: never what the client sent
				if (this.opened == null) {
					this.opened = FormValidator.this.mapper.valueToTree(this.initialData);
				}
				JsonNode shown = path.in(this.opened);
				stored = !shown.isMissingNode() && !shown.isNull();
				value = stored ? shown : field.component().path("defaultValue");
			}
			List<String> fieldErrors = FormValidator.this.rules.check(field, value, scope, this.initialData);
			if (!fieldErrors.isEmpty()) {
				this.errors.put(path.toString(), fieldErrors);
			}
			else if (!stored && !value.isMissingNode() && !value.isNull()) {
				path.put(this.accepted, value);
				if ("filepicker".equals(field.type())) {
					this.files.put(path.toString(), value.asText());
				}
			}
		}

	}

	/**
	 * Data the form has no place for: a name it lacks, a list that is none, an item no
	 * object.
	 */
	private void rejectUnknownKeys(FormDefinition form, JsonNode data, DataPath at, String template,
			Map<String, List<String>> errors) {
		Iterator<Map.Entry<String, JsonNode>> entries = data.fields();
		while (entries.hasNext()) {
			Map.Entry<String, JsonNode> entry = entries.next();
			DataPath path = at.then(List.of(entry.getKey()));
			String childTemplate = template.isEmpty() ? entry.getKey() : template + "." + entry.getKey();
			JsonNode value = entry.getValue();
			// a name with a dot or brackets would read as a path: no field has such a
			// name
			if (entry.getKey().contains(".") || entry.getKey().contains("[")) {
				errors.putIfAbsent(path.toString(), List.of(Messages.get("form.unknownField")));
				continue;
			}
			if (form.isField(childTemplate) || (value.isNull() && form.isList(childTemplate))) {
				continue;
			}
			if (form.isList(childTemplate)) {
				if (!value.isArray()) {
					errors.putIfAbsent(path.toString(), List.of(Messages.get("form.list")));
					continue;
				}
				for (int i = 0; i < value.size(); i++) {
					if (value.get(i).isObject()) {
						rejectUnknownKeys(form, value.get(i), path.item(i), childTemplate + "[]", errors);
					}
					else {
						errors.putIfAbsent(path.item(i).toString(), List.of(Messages.get("form.listItem")));
					}
				}
			}
			else if (form.isObject(childTemplate) && value.isObject()) {
				rejectUnknownKeys(form, value, path, childTemplate, errors);
			}
			else {
				errors.putIfAbsent(path.toString(), List.of(Messages.get("form.unknownField")));
			}
		}
	}

}
