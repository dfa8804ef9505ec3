package org.eservices.portal.forms;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Visits a form's parts over its data, as form-js renders them: groups with their fields,
 * each item of a dynamic list with the list's fields in the item's scope.
 */
final class FormWalk {

	/** What a walk does at each part. */
	interface Visitor {

		/**
		 * @return whether to go into the part (a group or list) or visit it (a field)
		 */
		default boolean enter(FormNode node, FormScope scope, DataPath path) {
			return true;
		}

		default void list(FormList list, FormScope scope, DataPath path, JsonNode items) {
		}

		void field(FormField field, FormScope scope, DataPath path);

	}

	private final ObjectMapper mapper;

	FormWalk(ObjectMapper mapper) {
		this.mapper = mapper;
	}

	/**
	 * @param data where the dynamic lists' items are read
	 */
	void walk(Iterable<FormNode> nodes, FormScope scope, JsonNode data, Visitor visitor) {
		for (FormNode node : nodes) {
			DataPath path = scope.path().then(node.path());
			if (!visitor.enter(node, scope, path)) {
				continue;
			}
			if (node instanceof FormField field) {
				visitor.field(field, scope, path);
			}
			else if (node instanceof FormGroup group) {
				walk(group.children(), scope.nested(group.path()), data, visitor);
			}
			else if (node instanceof FormList list) {
				JsonNode items = path.in(data);
				visitor.list(list, scope, path, items);
				for (int i = 0; items.isArray() && i < items.size(); i++) {
					// an item that is no object has no fields to visit: it is an error
					// itself
					if (items.get(i).isObject()) {
						walk(list.children(), scope.item(path, i, plain(items.get(i))), data, visitor);
					}
				}
			}
		}
	}

	private Object plain(JsonNode item) {
		return this.mapper.convertValue(item, Map.class);
	}

}
