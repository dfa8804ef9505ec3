package org.eservices.portal.forms;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.eservices.portal.i18n.Messages;

/**
 * Outcome of validating form data: the errors per field key, and the data that may be
 * stored (the values of visible, enabled fields only, as form-js submits them).
 *
 * @param files the accepted file pickers' values (form-js's files keys) by field key
 */
public record ValidatedData(Map<String, List<String>> errors, ObjectNode accepted, Map<String, String> files) {

	public ValidatedData(Map<String, List<String>> errors, ObjectNode accepted) {
		this(errors, accepted, Map.of());
	}

	public boolean valid() {
		return this.errors.isEmpty();
	}

	public ObjectNode orThrow() {
		if (!valid()) {
			throw new FormValidationException(this.errors);
		}
		return this.accepted;
	}

	/**
	 * The same, with an error on each file picker whose files were not uploaded under its
	 * key.
	 * @param uploaded the files keys of the documents uploaded where the form is sent
	 * (asked only when the form has a file picker with a value)
	 */
	public ValidatedData requireFiles(Supplier<Collection<String>> uploaded) {
		if (this.files.isEmpty()) {
			return this;
		}
		Collection<String> keys = uploaded.get();
		Map<String, List<String>> all = new LinkedHashMap<>(this.errors);
		this.files.forEach((field, key) -> {
			if (!keys.contains(key)) {
				all.put(field, List.of(Messages.get("form.fileMissing")));
			}
		});
		return new ValidatedData(all, this.accepted, this.files);
	}

}
