package org.eservices.portal.taskforms;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A user task's form, ready for form-js: its schema and the data it opens with.
 */
public record TaskForm(JsonNode schema, Map<String, Object> data) {

}
