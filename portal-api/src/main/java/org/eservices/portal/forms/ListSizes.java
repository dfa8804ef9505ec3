package org.eservices.portal.forms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.eservices.portal.i18n.Messages;

/**
 * How many items the data gives the form's dynamic lists, counted before anything is
 * evaluated: a list past its limit, or all lists together past theirs, is refused at
 * once.
 */
final class ListSizes {

	private ListSizes() {
	}

	/**
	 * @return an error per list past the limit; empty when all are within it
	 */
	static Map<String, List<String>> over(FormDefinition form, JsonNode data, int perList, int overall) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		String[] firstList = { null };
		int total = count(form.nodes(), data, DataPath.ROOT, perList, errors, firstList);
		if (total > overall && errors.isEmpty()) {
			errors.put(firstList[0], List.of(Messages.get("form.maxItems", String.valueOf(overall))));
		}
		return errors;
	}

	private static int count(List<FormNode> nodes, JsonNode data, DataPath scope, int perList,
			Map<String, List<String>> errors, String[] firstList) {
		int total = 0;
		for (FormNode node : nodes) {
			DataPath path = scope.then(node.path());
			if (node instanceof FormGroup group) {
				total += count(group.children(), data, path, perList, errors, firstList);
			}
			else if (node instanceof FormList list) {
				JsonNode items = path.in(data);
				if (!items.isArray()) {
					continue;
				}
				if (firstList[0] == null) {
					firstList[0] = path.toString();
				}
				if (items.size() > perList) {
					errors.put(path.toString(), List.of(Messages.get("form.maxItems", String.valueOf(perList))));
					return total + items.size();
				}
				total += items.size();
				for (int i = 0; i < items.size() && errors.isEmpty(); i++) {
					total += count(list.children(), data, path.item(i), perList, errors, firstList);
				}
			}
		}
		return total;
	}

}
