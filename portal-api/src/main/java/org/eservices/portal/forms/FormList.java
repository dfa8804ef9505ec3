package org.eservices.portal.forms;

import java.util.List;
import java.util.OptionalInt;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A dynamic list: an array of items at its {@code path}, each an object holding the
 * list's fields. form-js has no item count rules; an analyst may set them as the custom
 * properties {@code minItems} and {@code maxItems}, which the server checks.
 */
record FormList(List<String> path, JsonNode component, List<FormNode> children) implements FormNode {

	OptionalInt minItems() {
		return count("minItems");
	}

	OptionalInt maxItems() {
		return count("maxItems");
	}

	private OptionalInt count(String property) {
		JsonNode value = this.component.path("properties").path(property);
		try {
			return value.isMissingNode() || value.isNull() || value.asText().isBlank() ? OptionalInt.empty()
					: OptionalInt.of(Integer.parseInt(value.asText().strip()));
		}
		catch (NumberFormatException ex) {
			return OptionalInt.empty();
		}
	}

}
