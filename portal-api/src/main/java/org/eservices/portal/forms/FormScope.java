package org.eservices.portal.forms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a component sits, and what its FEEL expressions see there, as form-js builds it:
 * the form's data by name, {@code this} (the dynamic list item, or the form's data
 * outside lists), {@code parent} (the enclosing scope's context) and {@code i} (the item
 * numbers from 1, outermost first); the same as {@code _this_}, {@code _parent_} and
 * {@code _i_}.
 */
final class FormScope {

	private final DataPath path;

	private final Map<String, Object> data;

	private final Object self;

	private final Map<String, Object> parent;

	private final List<Integer> numbers;

	/** Built on first use, then shared by the scope's expressions. */
	private Map<String, Object> context;

	private FormScope(DataPath path, Map<String, Object> data, Object self, Map<String, Object> parent,
			List<Integer> numbers) {
		this.path = path;
		this.data = data;
		this.self = self;
		this.parent = parent;
		this.numbers = numbers;
	}

	static FormScope root(Map<String, Object> data) {
		return new FormScope(DataPath.ROOT, data, data, null, List.of());
	}

	DataPath path() {
		return this.path;
	}

	/** A group's scope: its data nested below the path, the same context. */
	FormScope nested(List<String> names) {
		return new FormScope(this.path.then(names), this.data, this.self, this.parent, this.numbers);
	}

	/** The scope of one item of the dynamic list at {@code listPath}. */
	FormScope item(DataPath listPath, int index, Object item) {
		List<Integer> itemNumbers = new ArrayList<>(this.numbers);
		itemNumbers.add(index + 1);
		return new FormScope(listPath.item(index), this.data, item, context(this.self), List.copyOf(itemNumbers));
	}

	/** The context the scope's expressions are evaluated in. */
	Map<String, Object> context() {
		if (this.context == null) {
			this.context = context(this.data);
		}
		return this.context;
	}

	private Map<String, Object> context(Object names) {
		Map<String, Object> context = new HashMap<>();
		context.put("this", this.self);
		context.put("parent", this.parent);
		context.put("i", this.numbers);
		if (names instanceof Map<?, ?> map) {
			map.forEach((name, value) -> context.put(String.valueOf(name), value));
		}
		context.put("_this_", this.self);
		context.put("_parent_", this.parent);
		context.put("_i_", this.numbers);
		return context;
	}

}
