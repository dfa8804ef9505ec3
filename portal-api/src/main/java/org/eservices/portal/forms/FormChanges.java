package org.eservices.portal.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a newer version of a form asks that an older one did not, and what it no longer
 * asks, by the fields' labels.
 */
public record FormChanges(List<String> added, List<String> removed) {

	public static FormChanges between(FormDefinition older, FormDefinition newer) {
		return new FormChanges(labelsOnlyIn(newer.fieldLabels(), older.fieldLabels()),
				labelsOnlyIn(older.fieldLabels(), newer.fieldLabels()));
	}

	public boolean none() {
		return this.added.isEmpty() && this.removed.isEmpty();
	}

	private static List<String> labelsOnlyIn(Map<String, String> these, Map<String, String> those) {
		List<String> labels = new ArrayList<>();
		these.forEach((path, label) -> {
			if (!those.containsKey(path)) {
				labels.add(label);
			}
		});
		return List.copyOf(labels);
	}

}
