package org.eservices.portal.forms;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One value-holding component of a form-js schema.
 *
 * @param path its {@code key} below the enclosing scope, split at its dots
 * @param type form-js component type
 * @param component the component's schema node
 */
record FormField(List<String> path, String type, JsonNode component) implements FormNode {

	JsonNode validate() {
		return this.component.path("validate");
	}

	/**
	 * form-js skips a field whose own {@code disabled} is truthy (never a FEEL value).
	 */
	boolean disabled() {
		return Js.truthy(this.component.path("disabled"));
	}

}
