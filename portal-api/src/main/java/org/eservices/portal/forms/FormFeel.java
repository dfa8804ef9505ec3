package org.eservices.portal.forms;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * FEEL as form-js applies it: a value that starts with {@code =} is an expression, and
 * one that cannot be evaluated has no result.
 */
final class FormFeel {

	private final FeelEvaluator feel;

	FormFeel(FeelEvaluator feel) {
		this.feel = feel;
	}

	static boolean isExpression(String value) {
		return value != null && value.startsWith("=");
	}

	/**
	 * @param expression with or without its leading {@code =}
	 */
	Object evaluate(String expression, Map<String, Object> context) {
		String feelExpression = isExpression(expression) ? expression.substring(1) : expression;
		try {
			return this.feel.evaluate(feelExpression, context);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/**
	 * A condition ({@code conditional.hide}, {@code readonly}) holds only when it is FEEL
	 * ({@code =...}, else form-js ignores it) and true.
	 */
	boolean holds(String condition, Map<String, Object> context) {
		return isExpression(condition) && Boolean.TRUE.equals(evaluate(condition, context));
	}

	/** A FEEL result as JSON; one JSON cannot hold is no result. */
	static JsonNode json(ObjectMapper mapper, Object result) {
		if (result == null) {
			return MissingNode.getInstance();
		}
		try {
			return mapper.valueToTree(result);
		}
		catch (IllegalArgumentException ex) {
			return MissingNode.getInstance();
		}
	}

}
