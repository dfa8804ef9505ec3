package org.eservices.portal.attachments;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What citizens may attach.
 *
 * @param maxSize largest file (the multipart limit must allow it)
 * @param maxFiles most files on one request or draft
 * @param types media types accepted, as detected from the file's bytes
 */
@ConfigurationProperties("eservices.attachments")
public record AttachmentRules(@DefaultValue("10MB") DataSize maxSize, @DefaultValue("20") int maxFiles, @DefaultValue( {
		"application/pdf", "image/png", "image/jpeg" }) Set<String> types){

}
