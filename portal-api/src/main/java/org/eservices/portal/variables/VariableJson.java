package org.eservices.portal.variables;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

import org.springframework.stereotype.Component;

/**
 * Converts between form data (JSON) and process variables. Scalars become primitive
 * variables that expressions and Cockpit read directly; lists and objects become JSON
 * variables (Spin).
 */
@Component
public class VariableJson {

	private final ObjectMapper mapper;

	public VariableJson(ObjectMapper mapper) {
		this.mapper = mapper;
	}

	public VariableMap toVariables(ObjectNode data) {
		VariableMap variables = Variables.createVariables();
		Iterator<Map.Entry<String, JsonNode>> fields = data.fields();
		while (fields.hasNext()) {
			Map.Entry<String, JsonNode> field = fields.next();
			variables.putValueTyped(field.getKey(), toValue(field.getValue()));
		}
		return variables;
	}

	private TypedValue toValue(JsonNode node) {
		if (node.isTextual()) {
			return Variables.stringValue(node.asText());
		}
		if (node.isBoolean()) {
			return Variables.booleanValue(node.asBoolean());
		}
		if (node.isIntegralNumber() && node.canConvertToLong()) {
			return Variables.longValue(node.asLong());
		}
		if (node.isNumber()) {
			return Variables.doubleValue(node.asDouble());
		}
		if (node.isNull()) {
			return Variables.untypedNullValue();
		}
		// a Spin JSON variable: Cockpit shows it, expressions read it (S(...), FEEL)
		return SpinValues.jsonValue(node.toString()).create();
	}

	/**
	 * Variables as a caller hands them to the engine (plain values or typed ones), as the
	 * JSON object a form would have submitted.
	 */
	public ObjectNode toJsonObject(Map<String, Object> variables) {
		return this.mapper.valueToTree(toJson(Variables.fromMap(variables)));
	}

	/**
	 * Typed variables (read with {@code deserializeValues=false}) as plain JSON-ready
	 * values.
	 */
	public Map<String, Object> toJson(VariableMap variables) {
		Map<String, Object> json = new LinkedHashMap<>();
		for (String name : variables.keySet()) {
			json.put(name, fromValue(variables.getValueTyped(name)));
		}
		return json;
	}

	private Object fromValue(TypedValue value) {
		// Spin JSON, and objects stored as JSON before Spin (Object type,
		// application/json)
		if (value instanceof SerializableValue serialized) {
			if (Variables.SerializationDataFormats.JSON.getName().equals(serialized.getSerializationDataFormat())) {
				try {
					return this.mapper.readValue(serialized.getValueSerialized(), Object.class);
				}
				catch (JsonProcessingException ex) {
					return null;
				}
			}
			return null; // Java-serialized or XML objects are not for the portal
		}
		Object plain = value.getValue();
		if (plain instanceof java.util.Date date) {
			return date.toInstant().toString();
		}
		if (plain instanceof byte[] || plain instanceof java.io.InputStream) {
			return null;
		}
		return plain;
	}

}
