package org.eservices.portal.forms;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.eservices.portal.i18n.Messages;

/**
 * form-js's number rules: decimal digits, increment, min and max, on exact decimals as
 * form-js computes them with big.js.
 */
final class NumberRules {

	private NumberRules() {
	}

	static void check(JsonNode component, JsonNode value, List<String> errors) {
		if (value.isTextual() && "NaN".equals(value.asText())) {
			errors.add(Messages.get("form.notANumber"));
			return;
		}
		if (!Js.truthy(value)) {
			return;
		}
		BigDecimal number = decimal(value);
		if (number == null) {
			errors.add(Messages.get("form.notANumber"));
			return;
		}
		JsonNode decimalDigits = component.path("decimalDigits");
		if (decimalDigits.isNumber() && decimalDigits.asInt() >= 0
				&& Math.max(0, number.stripTrailingZeros().scale()) > decimalDigits.asInt()) {
			int digits = decimalDigits.asInt();
			errors.add(switch (digits) {
				case 0 -> Messages.get("form.integer");
				case 1 -> Messages.get("form.oneDecimal");
				default -> Messages.get("form.decimals", String.valueOf(digits));
			});
		}
		BigDecimal increment = decimal(component.path("increment"));
		if (increment != null && increment.signum() != 0) {
			BigDecimal offset = number.remainder(increment);
			if (offset.signum() != 0) {
				BigDecimal previous = number.subtract(offset);
				errors.add(Messages.get("form.increment", Js.plain(previous), Js.plain(previous.add(increment))));
			}
		}
	}

	/**
	 * @param direction -1 for a minimum (value must not be less), 1 for a maximum
	 */
	static void compare(JsonNode limit, JsonNode value, int direction, List<String> errors) {
		BigDecimal bound = decimal(limit);
		BigDecimal number = decimal(value);
		if (bound == null || number == null) {
			errors.add(Messages.get((direction < 0) ? "form.minInvalid" : "form.maxInvalid"));
			return;
		}
		if (number.compareTo(bound) == direction) {
			errors.add(Messages.get((direction < 0) ? "form.min" : "form.max", Js.toString(limit)));
		}
	}

	/**
	 * Whether the number survives being stored as a process variable: a whole number
	 * within a long, or a decimal that a double holds exactly as written (not 1e309, not
	 * 1e-400, not 3.0000000000000000001).
	 */
	static boolean storable(JsonNode number) {
		BigDecimal exact = number.decimalValue();
		if (number.isIntegralNumber()) {
			return number.canConvertToLong();
		}
		double stored = exact.doubleValue();
		return Double.isFinite(stored) && new BigDecimal(Double.toString(stored)).compareTo(exact) == 0;
	}

	static BigDecimal decimal(JsonNode node) {
		if (node == null) {
			return null;
		}
		if (node.isNumber()) {
			return node.decimalValue();
		}
		if (node.isTextual()) {
			try {
				return new BigDecimal(node.asText().trim());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

}
