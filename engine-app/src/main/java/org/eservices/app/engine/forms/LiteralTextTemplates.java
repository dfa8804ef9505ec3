package org.eservices.app.engine.forms;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Rewrites a form-js form so that its text components show the values they insert
 * ({@code {{businessName}}}) as literal text. A text component renders its template as
 * markdown, so a citizen's {@code [Verify here](https://…)} or {@code <img src=x>} would
 * become a link or an image in a clerk's page. Each insertion becomes a FEEL expression
 * that backslash-escapes every character markdown or HTML gives a meaning; feelers'
 * blocks ({@code {{#if}}}, {@code {{#loop}}}, {@code {{/if}}}) stay as they are. The
 * portal does the same in its own form-js (portal-web's form-js-literal-text.ts); this is
 * for renderers we cannot extend, such as Camunda Tasklist's.
 */
public final class LiteralTextTemplates {

	private static final Pattern INSERTION = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);

	/**
	 * The characters markdown or HTML give a meaning, as a JavaScript regular expression
	 * in a FEEL string ({@code \\} is FEEL's escape of a backslash, the other backslashes
	 * reach the regular expression as they are).
	 */
	private static final String MEANINGFUL = "[\\]\\[\\\\\\\\\\x60*_#+\\-.!|<>~@:/&=\\\"'^$%(){}]";

	private LiteralTextTemplates() {
	}

	/** Rewrites every text component of the form, nested ones included, in place. */
	public static void rewrite(JsonNode form) {
		for (JsonNode component : form.path("components")) {
			if (component instanceof ObjectNode text && "text".equals(text.path("type").asText())
					&& text.path("text").isTextual()) {
				text.put("text", literal(text.get("text").asText()));
			}
			rewrite(component);
		}
	}

	/** A feelers template whose insertions come out as literal markdown text. */
	static String literal(String template) {
		Matcher insertion = INSERTION.matcher(template);
		StringBuilder rewritten = new StringBuilder();
		while (insertion.find()) {
			String expression = insertion.group(1).trim();
			String replacement = isBlock(expression) ? insertion.group() : "{{" + escaped(expression) + "}}";
			insertion.appendReplacement(rewritten, Matcher.quoteReplacement(replacement));
		}
		insertion.appendTail(rewritten);
		return rewritten.toString();
	}

	private static boolean isBlock(String expression) {
		return expression.startsWith("#") || expression.startsWith("/") || "else".equals(expression)
				|| expression.isEmpty();
	}

	private static String escaped(String expression) {
		String value = "(" + expression + ")";
		return "if " + value + " = null then \"\" else replace(string(" + value + "), \"" + MEANINGFUL
				+ "\", \"\\\\$0\")";
	}

}
