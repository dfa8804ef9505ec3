package org.eservices.app.engine.guard;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A completion the engine refused, with the messages per field: the engine REST API
 * answers it with 400 and Tasklist shows its message on the form.
 */
class TaskFormRefused extends FormFieldValidationException {

	private static final long serialVersionUID = 1L;

	TaskFormRefused(Map<String, List<String>> errors) {
		super(errors,
				"Invalid form data: " + errors.entrySet()
					.stream()
					.map((field) -> field.getKey() + ": " + String.join(" ", field.getValue()))
					.collect(Collectors.joining("; ")));
	}

	TaskFormRefused(String message) {
		super(null, message);
	}

}
