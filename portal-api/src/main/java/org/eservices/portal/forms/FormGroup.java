package org.eservices.portal.forms;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A group: its fields' data nested under its {@code path}, or beside the group's siblings
 * when it has none.
 */
record FormGroup(List<String> path, JsonNode component, List<FormNode> children) implements FormNode {
}
