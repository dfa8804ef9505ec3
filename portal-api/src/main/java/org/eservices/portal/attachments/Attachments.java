package org.eservices.portal.attachments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.apache.tika.Tika;
import org.eservices.portal.forms.FormValidationException;
import org.eservices.portal.problems.NotFoundException;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.web.multipart.MultipartFile;

/**
 * Documents attached to requests. A file's type is what its bytes say (Apache Tika), not
 * what the browser claims; it is served back only as a download.
 */
@Service
@EnableConfigurationProperties(AttachmentRules.class)
public class Attachments {

	private final AttachmentRepository attachments;

	private final AttachmentRules rules;

	private final Clock clock;

	private final Tika tika = new Tika();

	Attachments(AttachmentRepository attachments, AttachmentRules rules, Clock clock) {
		this.attachments = attachments;
		this.rules = rules;
		this.clock = clock;
	}

	@Transactional
	public AttachmentInfo attach(String reference, String citizenId, MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw invalid("Choose a file to upload.");
		}
		if (file.getSize() > this.rules.maxSize().toBytes()) {
			throw invalid("The file is larger than " + this.rules.maxSize().toMegabytes() + " MB.");
		}
		String filename = cleanName(file.getOriginalFilename());
		try {
			byte[] content = file.getBytes();
			String type = this.tika.detect(content, filename);
			if (!this.rules.types().contains(type)) {
				throw invalid("Upload a PDF, PNG or JPEG file.");
			}
			return this.attachments
				.save(new Attachment(reference, citizenId, filename, type, content, this.clock.instant()))
				.info();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Transactional(readOnly = true)
	public List<AttachmentInfo> of(String reference) {
		return this.attachments.listOf(reference);
	}

	@Transactional(readOnly = true)
	public Download download(String reference, String id) {
		Attachment attachment = this.attachments.findByIdAndReference(id, reference)
			.orElseThrow(() -> new NotFoundException("attachment", id));
		return new Download(attachment.getFilename(), attachment.getContentType(), attachment.getContent());
	}

	/** The name without any path, control characters or more than 255 characters. */
	private static String cleanName(String original) {
		String name = StringUtils.getFilename(StringUtils.cleanPath((original != null) ? original : ""));
		name = (name != null) ? name.replaceAll("[\\p{Cntrl}\"\\\\/]", "_").strip() : "";
		if (name.isEmpty()) {
			name = "document";
		}
		return (name.length() > 255) ? name.substring(name.length() - 255) : name;
	}

	private static FormValidationException invalid(String message) {
		return new FormValidationException(Map.of("file", List.of(message)));
	}

	public record Download(String filename, String contentType, byte[] content) {

	}

}
