package org.eservices.portal.forms;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * What the server checks beyond form-js's own rules (a browser's widgets cannot send
 * these), and what it keeps of valid data.
 */
class FormValidatorTest {

	private static final ObjectMapper MAPPER = new ObjectMapper();

	private final FormValidator validator = new FormValidator(new ScalaFeelEvaluator(), MAPPER);

	private static final String SCHEMA = """
			{ "type": "default", "components": [
			  { "id": "Name", "key": "name", "type": "textfield", "validate": { "required": true } },
			  { "id": "Age", "key": "age", "type": "number" },
			  { "id": "Agree", "key": "agree", "type": "checkbox" },
			  { "id": "Kind", "key": "kind", "type": "select", "values": [ { "label": "A", "value": "a" } ] },
			  { "id": "Day", "key": "day", "type": "datetime", "subtype": "date" },
			  { "id": "Why", "key": "why", "type": "textfield", "conditional": { "hide": "=kind != \\"a\\"" } },
			  { "id": "G", "type": "group", "path": "address", "components": [
			    { "id": "Street", "key": "street", "type": "textfield" } ] }
			] }""";

	@Test
	void rejectsValuesOfTheWrongType() throws Exception {
		ValidatedData result = validate("""
				{ "name": 42, "age": "12", "agree": "yes", "day": "2026-02-30" }""");

		assertThat(result.errors()).containsOnly(entry("name", List.of("Value must be text.")),
				entry("age", List.of("Value must be a number.")),
				entry("agree", List.of("Value must be true or false.")),
				entry("day", List.of("Value must be a date (YYYY-MM-DD).")));
	}

	@Test
	void anAnswerThatShowsNothingDoesNotFillARequiredField() throws Exception {
		for (String invisible : List.of("\u200b\u200b\u200b", " \u200d\ufeff ", "\u202e", "\u3000\u2060")) {
			ValidatedData result = validate(MAPPER.createObjectNode().put("name", invisible).toString());

			assertThat(result.errors()).as(invisible).containsOnly(entry("name", List.of("Field is required.")));
		}
		assertThat(validate(MAPPER.createObjectNode().put("name", "\u200bAnna").toString()).errors()).isEmpty();
	}

	@Test
	void aReadOnlyFieldKeepsWhatTheFormWasOpenedWithOrItsDefaultNotWhatTheClientSent() throws Exception {
		FormDefinition form = FormDefinition.of(
				json("""
						{ "type": "default", "components": [
						  { "id": "Licence", "key": "licenceNumber", "type": "textfield", "readonly": true },
						  { "id": "Fee", "key": "fee", "type": "number", "readonly": true, "defaultValue": 40 },
						  { "id": "Kind", "key": "kind", "type": "textfield", "readonly": "=locked", "validate": { "required": true } },
						  { "id": "Note", "key": "note", "type": "textfield" }
						] }"""));

		ValidatedData task = this.validator.validate(form,
				(ObjectNode) json("{ \"licenceNumber\": \"LIC-FORGED\", \"fee\": 0, \"note\": \"ok\" }"),
				Map.of("licenceNumber", "LIC-1", "locked", true));

		assertThat(task.errors()).as("kind shows nothing, and is required").containsOnlyKeys("kind");
		ValidatedData opened = this.validator.validate(form,
				(ObjectNode) json(
						"{ \"licenceNumber\": \"LIC-FORGED\", \"fee\": 0, \"kind\": \"x\", \"note\": \"ok\" }"),
				Map.of("licenceNumber", "LIC-1", "locked", false));
		assertThat(opened.errors()).isEmpty();
		assertThat(opened.orThrow())
			.as("the opened value stays as stored; the default is the value; open kind is the client's")
			.isEqualTo(json("{ \"fee\": 40, \"kind\": \"x\", \"note\": \"ok\" }"));
	}

	@Test
	void anExpressionFieldIsComputedAgainAndTheClientsValueIgnored() throws Exception {
		FormDefinition form = FormDefinition.of(
				json("""
						{ "type": "default", "components": [
						  { "id": "Area", "key": "area", "type": "number" },
						  { "id": "Double", "key": "doubled", "type": "expression", "expression": "=area * 2", "computeOn": "change" },
						  { "id": "Big", "key": "big", "type": "expression", "expression": "=if doubled > 10 then \\"big\\" else \\"small\\"" },
						  { "id": "Broken", "key": "broken", "type": "expression", "expression": "=area +" }
						] }"""));

		ValidatedData result = this.validator.validate(form,
				(ObjectNode) json("{ \"area\": 3, \"doubled\": 999, \"big\": \"big\", \"broken\": \"x\" }"), Map.of());

		assertThat(result.errors()).isEmpty();
		assertThat(result.orThrow()).hasToString("{\"area\":3,\"doubled\":6,\"big\":\"small\"}");
	}

	@Test
	void speaksTheLanguageOfTheRequestAndEnglishWithoutATranslation() throws Exception {
		try {
			LocaleContextHolder.setLocale(Locale.forLanguageTag("ar"));
			assertThat(validate("{}").errors()).containsOnly(entry("name", List.of("هذا الحقل مطلوب.")));
			LocaleContextHolder.setLocale(Locale.FRENCH);
			assertThat(validate("{}").errors()).containsOnly(entry("name", List.of("Field is required.")));
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	@Test
	void rejectsKeysThatAreNotFieldsOfTheForm() throws Exception {
		ValidatedData result = validate("""
				{ "name": "Anna", "isAdmin": true, "address": { "street": "Main St", "zip": "1234" } }""");

		assertThat(result.errors()).containsOnlyKeys("isAdmin", "address.zip");
		assertThat(result.errors().get("isAdmin")).containsExactly("The form has no such field.");
	}

	@Test
	void keepsOnlyVisibleFieldsOfValidData() throws Exception {
		ValidatedData result = validate("""
				{ "name": "Anna", "kind": "a", "why": "because", "address": { "street": "Main St" } }""");
		assertThat(result.valid()).isTrue();
		assertThat(result.accepted()).isEqualTo(json("""
				{ "name": "Anna", "kind": "a", "why": "because", "address": { "street": "Main St" } }"""));

		ValidatedData hidden = validate("""
				{ "name": "Anna", "why": "sneaked in while hidden" }""");
		assertThat(hidden.valid()).isTrue();
		assertThat(hidden.accepted()).isEqualTo(json("""
				{ "name": "Anna" }"""));
	}

	@Test
	void conditionsSeeTheFormsInitialData() throws Exception {
		ValidatedData result = this.validator.validate(FormDefinition.of(json(SCHEMA)),
				(ObjectNode) json("{ \"name\": \"Anna\", \"why\": \"x\" }"), Map.of("kind", "a"));

		assertThat(result.accepted().has("why")).isTrue();
	}

	private static final String STRUCTURES = """
			{ "type": "default", "components": [
			  { "id": "Build", "key": "build", "type": "checkbox" },
			  { "id": "List", "type": "dynamiclist", "path": "structures", "isRepeating": true,
			    "conditional": { "hide": "=build != true" }, "properties": { "maxItems": "3" }, "components": [
			    { "id": "Type", "key": "type", "type": "select", "validate": { "required": true },
			      "values": [ { "label": "House", "value": "house" }, { "label": "Other", "value": "other" } ] },
			    { "id": "Other", "key": "other", "type": "textfield", "validate": { "required": true },
			      "conditional": { "hide": "=this.type != \\"other\\"" } },
			    { "id": "Area", "key": "area", "type": "number" },
			    { "id": "Label", "key": "label", "type": "expression", "expression": "=\\"No. \\" + string(i[1]) + \\": \\" + this.type" }
			  ] }
			] }""";

	@Test
	void keepsEachItemOfADynamicListWithWhatItsOwnScopeShows() throws Exception {
		ValidatedData result = this.validator.validate(FormDefinition.of(json(STRUCTURES)), (ObjectNode) json("""
				{ "build": true, "structures": [
				  { "type": "house", "other": "sneaked in while hidden", "area": 120, "label": "forged" },
				  { "type": "other", "other": "barn" } ] }"""), Map.of());

		assertThat(result.errors()).isEmpty();
		assertThat(result.accepted()).isEqualTo(json("""
				{ "build": true, "structures": [
				  { "type": "house", "area": 120, "label": "No. 1: house" },
				  { "type": "other", "other": "barn", "label": "No. 2: other" } ] }"""));
	}

	@Test
	void aHiddenListKeepsNothingAndAListPastItsLimitIsRefused() throws Exception {
		FormDefinition form = FormDefinition.of(json(STRUCTURES));

		ValidatedData hidden = this.validator.validate(form,
				(ObjectNode) json("{ \"build\": false, \"structures\": [ { \"type\": \"nonsense\" } ] }"), Map.of());
		ValidatedData tooMany = this.validator.validate(form, (ObjectNode) json("""
				{ "build": true, "structures": [ { "type": "house" }, { "type": "house" },
				  { "type": "house" }, { "type": "house" } ] }"""), Map.of());

		assertThat(hidden.errors()).isEmpty();
		assertThat(hidden.accepted()).isEqualTo(json("{ \"build\": false }"));
		assertThat(tooMany.errors()).containsOnly(entry("structures", List.of("Add at most 3 items.")));
	}

	@Test
	void aListHasAtMostFiveHundredItemsWhateverTheFormSays() throws Exception {
		ObjectNode data = (ObjectNode) json("{ \"build\": true }");
		for (int i = 0; i < FormValidator.MAX_ITEMS + 1; i++) {
			data.withArray("structures").addObject().put("type", "house");
		}
		String unlimited = STRUCTURES.replace("\"maxItems\": \"3\"", "\"maxItems\": \"100000\"");

		ValidatedData result = this.validator.validate(FormDefinition.of(json(unlimited)), data, Map.of());

		assertThat(result.errors()).containsOnly(entry("structures", List.of("Add at most 500 items.")));
	}

	@Test
	void aConditionSeesNoValueOfAFieldThatIsHidden() throws Exception {
		// as in the browser: "a" was typed, then hidden by "c"; what "b" sees is a hidden
		// "a", that is none
		FormDefinition form = FormDefinition.of(json("""
				{ "type": "default", "components": [
				  { "id": "C", "key": "c", "type": "checkbox" },
				  { "id": "A", "key": "a", "type": "textfield", "conditional": { "hide": "=c" } },
				  { "id": "B", "key": "b", "type": "textfield", "validate": { "required": true },
				    "conditional": { "hide": "=a = \\"x\\"" } }
				] }"""));

		ValidatedData result = this.validator.validate(form, (ObjectNode) json("{ \"c\": true, \"a\": \"x\" }"),
				Map.of());

		assertThat(result.errors()).containsOnlyKeys("b");
	}

	@Test
	void aConditionOnTheFormsInputDataHidesWhatItFeedsAsInTheBrowser() throws Exception {
		// "a" is hidden by a process variable, so "b" sees no "a" and is shown
		FormDefinition form = FormDefinition.of(json("""
				{ "type": "default", "components": [
				  { "id": "A", "key": "a", "type": "textfield", "conditional": { "hide": "=mode = \\"quick\\"" } },
				  { "id": "B", "key": "b", "type": "textfield", "validate": { "required": true },
				    "conditional": { "hide": "=a = \\"y\\"" } }
				] }"""));

		ValidatedData result = this.validator.validate(form, (ObjectNode) json("{ \"a\": \"y\" }"),
				Map.of("mode", "quick"));

		assertThat(result.errors()).containsOnlyKeys("b");
		assertThat(result.accepted().has("a")).as("hidden, not kept").isFalse();
	}

	@Test
	void aConditionThatIsNoFeelHidesNothingAsInFormJs() throws Exception {
		FormDefinition form = FormDefinition.of(json("""
				{ "type": "default", "components": [
				  { "id": "A", "key": "a", "type": "textfield", "validate": { "required": true },
				    "conditional": { "hide": "true" } },
				  { "id": "S", "key": "size", "type": "select", "valuesExpression": "[\\"S\\"]" }
				] }"""));

		ValidatedData result = this.validator.validate(form, (ObjectNode) json("{ \"size\": \"S\" }"), Map.of());

		assertThat(result.errors()).containsOnlyKeys("a", "size");
	}

	@Test
	void aNameThatReadsAsAPathIsNoField() throws Exception {
		ValidatedData result = validate("""
				{ "name": "Anna", "address.street": "x", "structures[]": [] }""");

		assertThat(result.errors()).containsOnlyKeys("address.street", "structures[]");
	}

	@Test
	void throwsWithTheErrorsPerFieldWhenAskedForValidData() throws Exception {
		ValidatedData result = validate("{}");

		assertThat(result.valid()).isFalse();
		org.assertj.core.api.Assertions.assertThatThrownBy(result::orThrow)
			.isInstanceOfSatisfying(FormValidationException.class,
					(ex) -> assertThat(ex.errors()).containsOnly(entry("name", List.of("Field is required."))));
	}

	private ValidatedData validate(String data) throws Exception {
		return this.validator.validate(FormDefinition.of(json(SCHEMA)), (ObjectNode) json(data), Map.of());
	}

	private static JsonNode json(String text) throws Exception {
		return MAPPER.readTree(text);
	}

}
