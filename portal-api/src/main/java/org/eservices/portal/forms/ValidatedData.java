package org.eservices.portal.forms;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Outcome of validating form data: the errors per field key, and the data that may be
 * stored (the values of visible, enabled fields only, as form-js submits them).
 */
public record ValidatedData(Map<String, List<String>> errors, ObjectNode accepted) {

	public boolean valid() {
		return this.errors.isEmpty();
	}

	public ObjectNode orThrow() {
		if (!valid()) {
			throw new FormValidationException(this.errors);
		}
		return this.accepted;
	}

}
