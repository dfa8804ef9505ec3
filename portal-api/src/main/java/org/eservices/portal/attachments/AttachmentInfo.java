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
 * @param issued issued by the platform (a licence), not uploaded
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AttachmentInfo(String id, String filename, String contentType, long sizeBytes, Instant uploadedAt,
		String field, boolean issued) {

	/** What people uploaded, without what the platform issued (listed on its own). */
	public static List<AttachmentInfo> uploaded(Collection<AttachmentInfo> documents) {
		return documents.stream().filter((document) -> !document.issued()).toList();
	}

	/** The file pickers' files keys the documents were chosen under. */
	public static List<String> fieldsOf(Collection<AttachmentInfo> documents) {
		return documents.stream().map(AttachmentInfo::field).filter(Objects::nonNull).toList();
	}

}
