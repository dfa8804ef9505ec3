package org.eservices.portal.forms;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Submitted data broke the form's rules; carries the messages per field key.
 */
public class FormValidationException extends RuntimeException {

	private final Map<String, List<String>> errors;

	public FormValidationException(Map<String, List<String>> errors) {
		super("The form data is invalid: " + errors.keySet());
		this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
	}

	public Map<String, List<String>> errors() {
		return this.errors;
	}

}
