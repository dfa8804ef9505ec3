package org.eservices.portal.forms;

import java.util.Map;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;

/**
 * FEEL through the FEEL engine that ships with Camunda 7 (feel-scala), the dialect
 * form-js expressions are written in. The one class here that names an engine
 * implementation.
 */
public class ScalaFeelEvaluator implements FeelEvaluator {

	private final FeelEngine engine = new ScalaFeelEngineFactory().createInstance();

	@Override
	public Object evaluate(String expression, Map<String, Object> context) {
		return this.engine.evaluateSimpleExpression(expression, Variables.fromMap(context).asVariableContext());
	}

}
