package org.eservices.portal.attachments;

import java.time.Instant;

/**
 * An attached document, without its content.
 */
public record AttachmentInfo(String id, String filename, String contentType, long sizeBytes, Instant uploadedAt) {

}
