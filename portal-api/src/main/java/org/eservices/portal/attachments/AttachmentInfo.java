package org.eservices.portal.attachments;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An attached document, without its content.
 *
 * @param field the file picker's files key it was chosen under (the value of that form
 * field), or {@code null} for a document attached beside the form
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AttachmentInfo(String id, String filename, String contentType, long sizeBytes, Instant uploadedAt,
		String field) {

	/** The file pickers' files keys the documents were chosen under. */
	public static List<String> fieldsOf(Collection<AttachmentInfo> documents) {
		return documents.stream().map(AttachmentInfo::field).filter(Objects::nonNull).toList();
	}

}
