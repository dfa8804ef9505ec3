package org.eservices.portal.forms;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A part of a form-js schema that holds data, or contains parts that do: a field, a group
 * or a dynamic list.
 */
sealed interface FormNode permits FormField, FormGroup, FormList {

	/** The component's schema node. */
	JsonNode component();

	/**
	 * @return the path below the enclosing scope (a group's or a list's {@code path}, a
	 * field's {@code key}), split at its dots; empty for a group without path
	 */
	List<String> path();

	/** {@code conditional.hide}, a FEEL condition, or {@code null}. */
	default String hideCondition() {
		JsonNode hide = component().path("conditional").path("hide");
		return (hide.isTextual() && !hide.asText().isBlank()) ? hide.asText() : null;
	}

}
