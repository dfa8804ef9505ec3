package org.eservices.portal.forms;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One value-holding component of a form-js schema.
 *
 * @param key full data path, dot separated (a group with a {@code path} nests its fields)
 * @param path the same path split into segments
 * @param type form-js component type
 * @param component the component's schema node
 * @param hideConditions FEEL expressions of the component and its enclosing groups; the
 * field is hidden when any of them evaluates to {@code true}
 */
public record FormField(String key, List<String> path, String type, JsonNode component, List<String> hideConditions) {

	public JsonNode validate() {
		return this.component.path("validate");
	}

	public boolean disabled() {
		return this.component.path("disabled").asBoolean(false);
	}

}
