package org.eservices.app.engine.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the rewriting leaves to an analyst's template: its markdown, its blocks and its
 * other components. (That the inserted values then show as text is proven in Chromium, in
 * {@code TasklistBrowserTest}.)
 */
class LiteralTextTemplatesTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void eachInsertionBecomesAnEscapingExpressionAndBlocksStay() {
		String rewritten = LiteralTextTemplates.literal(
				"## {{ businessName }}\n{{#if employees > 5}}**Large:** {{employees}}{{/if}}{{#loop items}}{{this}}{{/loop}}");

		assertThat(rewritten).startsWith("## {{if (businessName) = null then \"\" else replace(string((businessName))")
			.contains("{{#if employees > 5}}**Large:** {{if (employees) = null")
			.contains("{{/if}}{{#loop items}}{{if (this) = null")
			.endsWith("{{/loop}}")
			.doesNotContain("}}}");
		assertThat(rewritten.replaceAll("\\{\\{.*?}}", "")).isEqualTo("## \n**Large:** ");
	}

	@Test
	void aTextWithoutInsertionsIsLeftAsTheAnalystWroteIt() {
		assertThat(LiteralTextTemplates.literal("**Read** [the rules](https://example.org/rules)"))
			.isEqualTo("**Read** [the rules](https://example.org/rules)");
	}

	@Test
	void onlyTextComponentsAreRewrittenAlsoInGroups() throws Exception {
		JsonNode form = JSON.readTree("""
				{ "components": [
				  { "type": "textfield", "key": "name", "label": "Name of {{owner}}" },
				  { "type": "group", "components": [ { "type": "text", "text": "Hello {{name}}" } ] },
				  { "type": "html", "content": "<b>{{name}}</b>" } ] }""");

		LiteralTextTemplates.rewrite(form);

		assertThat(form.at("/components/0/label").asText()).isEqualTo("Name of {{owner}}");
		assertThat(form.at("/components/1/components/0/text").asText()).startsWith("Hello {{if (name) = null");
		assertThat(form.at("/components/2/content").asText()).isEqualTo("<b>{{name}}</b>");
	}

}
