package org.eservices.portal.forms;

import java.util.Map;

/**
 * Evaluates the FEEL expressions a form-js schema carries (conditions, dynamic limits).
 */
@FunctionalInterface
public interface FeelEvaluator {

	/**
	 * @param expression a FEEL expression without the leading {@code =}
	 * @param context the variables the expression may reference
	 * @return the result, or {@code null} when the expression cannot be evaluated
	 */
	Object evaluate(String expression, Map<String, Object> context);

}
