package org.eservices.portal.forms;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * JavaScript's view of JSON values, for rules that form-js guards with
 * {@code if (value)}.
 */
final class Js {

	private Js() {
	}

	static boolean truthy(JsonNode value) {
		if (value == null || value.isMissingNode() || value.isNull()) {
			return false;
		}
		if (value.isTextual()) {
			return !value.asText().isEmpty();
		}
		if (value.isNumber()) {
			return value.decimalValue().signum() != 0;
		}
		if (value.isBoolean()) {
			return value.asBoolean();
		}
		return true;
	}

	static boolean isZero(JsonNode value) {
		return value != null && value.isNumber() && value.decimalValue().signum() == 0;
	}

	/** A number as JavaScript prints it ({@code 5}, not {@code 5.0}). */
	static String toString(JsonNode value) {
		if (value.isNumber()) {
			return plain(value.decimalValue());
		}
		return value.asText();
	}

	static String plain(BigDecimal number) {
		return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
	}

}
