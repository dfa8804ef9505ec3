package org.eservices.portal.forms;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Where a value sits in a form's data: names and, in dynamic lists, item indexes. Shown
 * as {@code site.structures[0].type}, the key of its errors.
 */
record DataPath(List<Object> segments) {

	static final DataPath ROOT = new DataPath(List.of());

	DataPath then(List<String> names) {
		List<Object> all = new ArrayList<>(this.segments);
		all.addAll(names);
		return new DataPath(List.copyOf(all));
	}

	DataPath item(int index) {
		List<Object> all = new ArrayList<>(this.segments);
		all.add(index);
		return new DataPath(List.copyOf(all));
	}

	JsonNode in(JsonNode data) {
		JsonNode node = data;
		for (Object segment : this.segments) {
			node = (segment instanceof Integer index) ? node.path(index) : node.path((String) segment);
		}
		return node;
	}

	/** Sets the value, making the objects and list items on the way. */
	void put(ObjectNode data, JsonNode value) {
		JsonNode node = data;
		for (int i = 0; i < this.segments.size() - 1; i++) {
			node = child(node, this.segments.get(i), this.segments.get(i + 1) instanceof Integer);
		}
		Object last = this.segments.get(this.segments.size() - 1);
		if (last instanceof Integer index) {
			ArrayNode array = (ArrayNode) node;
			while (array.size() <= index) {
				array.addObject();
			}
			array.set(index, value);
		}
		else {
			((ObjectNode) node).set((String) last, value);
		}
	}

	/** Removes a named value; a list's items are never removed one by one. */
	void remove(ObjectNode data) {
		JsonNode parent = new DataPath(this.segments.subList(0, this.segments.size() - 1)).in(data);
		Object last = this.segments.get(this.segments.size() - 1);
		if (parent instanceof ObjectNode object && last instanceof String name) {
			object.remove(name);
		}
	}

	private static JsonNode child(JsonNode node, Object segment, boolean array) {
		if (segment instanceof Integer index) {
			ArrayNode list = (ArrayNode) node;
			while (list.size() <= index) {
				list.addObject();
			}
			return list.get(index);
		}
		ObjectNode object = (ObjectNode) node;
		JsonNode existing = object.get((String) segment);
		if (existing != null && (array ? existing.isArray() : existing.isObject())) {
			return existing;
		}
		return array ? object.putArray((String) segment) : object.putObject((String) segment);
	}

	@Override
	public String toString() {
		StringBuilder key = new StringBuilder();
		for (Object segment : this.segments) {
			if (segment instanceof Integer index) {
				key.append('[').append(index).append(']');
			}
			else {
				key.append(key.isEmpty() ? "" : ".").append(segment);
			}
		}
		return key.toString();
	}

}
