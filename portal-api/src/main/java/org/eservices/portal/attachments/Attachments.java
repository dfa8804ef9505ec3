package org.eservices.portal.attachments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.tika.Tika;
import org.eservices.portal.forms.FormValidationException;
import org.eservices.portal.i18n.Messages;
import org.eservices.portal.problems.NotFoundException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

	/** What form-js names a file picker's files: {@code files::} and an id. */
	private static final Pattern FILES_KEY = Pattern.compile("files::[A-Za-z0-9_-]{1,80}");

	private final Tika tika = new Tika();

	private static final String PDF = "application/pdf";

	Attachments(AttachmentRepository attachments, AttachmentRules rules, Clock clock) {
		this.attachments = attachments;
		this.rules = rules;
		this.clock = clock;
	}

	/**
	 * @param field the file picker's files key the file was chosen under, or {@code null}
	 */
	@Transactional
	public AttachmentInfo attach(String reference, String citizenId, MultipartFile file, String field) {
		return store(Owner.request(reference), citizenId, file, field,
				this.attachments.countByReferenceAndInternalAndIssuedFalse(reference, false));
	}

	/**
	 * A clerk's file, chosen in a file picker of their task's form: part of the request's
	 * record for staff, not shown to the citizen.
	 */
	@Transactional
	public AttachmentInfo attachForStaff(String reference, String clerkId, MultipartFile file, String field) {
		if (field == null) {
			throw new FormValidationException(Map.of("field", List.of(Messages.get("attachment.field"))));
		}
		// the staff's files have a count of their own: neither side uses up the other's
		return store(Owner.staffOf(reference), clerkId, file, field,
				this.attachments.countByReferenceAndInternalAndIssuedFalse(reference, true));
	}

	/**
	 * A document the platform made for the request (a licence, a certificate): the
	 * citizen's and the staff's to read, beside the uploads and uncounted by their limit.
	 */
	@Transactional
	public AttachmentInfo issue(String reference, String citizenId, String filename, byte[] pdf) {
		return this.attachments
			.save(new Attachment(Owner.issuedTo(reference), citizenId, FileNames.forType(cleanName(filename), PDF), PDF,
					pdf, this.clock.instant(), null))
			.info();
	}

	/** Before the application is sent: the file moves to the request on submission. */
	@Transactional
	public AttachmentInfo attachToDraft(String serviceKey, String citizenId, MultipartFile file, String field) {
		return store(Owner.draft(serviceKey), citizenId, file, field,
				this.attachments.countByCitizenIdAndServiceKeyAndReferenceIsNull(citizenId, serviceKey));
	}

	/** All the request's documents, the staff's own too: for staff. */
	@Transactional(readOnly = true)
	public List<AttachmentInfo> of(String reference) {
		return this.attachments.listOf(reference);
	}

	/** The staff's own documents of the request (attached through task forms). */
	@Transactional(readOnly = true)
	public List<AttachmentInfo> staffsOf(String reference) {
		return this.attachments.listStaffsOf(reference);
	}

	/** The request's documents as its citizen sees them: without the staff's own. */
	@Transactional(readOnly = true)
	public List<AttachmentInfo> forCitizenOf(String reference) {
		return this.attachments.listForCitizenOf(reference);
	}

	@Transactional(readOnly = true)
	public List<AttachmentInfo> ofDraft(String citizenId, String serviceKey) {
		return this.attachments.listOfDraft(citizenId, serviceKey);
	}

	@Transactional(readOnly = true)
	public Download download(String reference, String id) {
		return download(this.attachments.findByIdAndReference(id, reference), id);
	}

	@Transactional(readOnly = true)
	public Download downloadForCitizen(String reference, String id) {
		return download(this.attachments.findByIdAndReferenceAndInternalFalse(id, reference), id);
	}

	@Transactional(readOnly = true)
	public Download downloadFromDraft(String citizenId, String serviceKey, String id) {
		return download(this.attachments.findByIdAndCitizenIdAndServiceKeyAndReferenceIsNull(id, citizenId, serviceKey),
				id);
	}

	/** Only from a draft: a submitted request's documents are part of its record. */
	@Transactional
	public void removeFromDraft(String citizenId, String serviceKey, String id) {
		this.attachments
			.delete(this.attachments.findByIdAndCitizenIdAndServiceKeyAndReferenceIsNull(id, citizenId, serviceKey)
				.orElseThrow(() -> new NotFoundException("attachment", id)));
	}

	/**
	 * Joins the submission's transaction. A file chosen in a picker whose answer was not
	 * sent (chosen again, or the picker hidden) is not part of the application: it is
	 * deleted, not moved.
	 * @param answered the files keys the submitted answers hold
	 */
	@Transactional
	public void moveDraftTo(String citizenId, String serviceKey, String reference, Collection<String> answered) {
		if (answered.isEmpty()) {
			this.attachments.deleteDraftPickerFiles(citizenId, serviceKey);
		}
		else {
			this.attachments.deleteDraftPickerFilesExcept(citizenId, serviceKey, answered);
		}
		this.attachments.moveDraftTo(citizenId, serviceKey, reference);
	}

	@Transactional
	public void discardDraft(String citizenId, String serviceKey) {
		this.attachments.deleteDraft(citizenId, serviceKey);
	}

	/**
	 * The documents of these requests (the staff's too), when the requests go.
	 * @return how many documents
	 */
	@Transactional
	public int eraseOf(Collection<String> references) {
		return references.isEmpty() ? 0 : this.attachments.deleteOf(references);
	}

	/**
	 * The documents of the citizen's drafts, with their account.
	 * @return how many documents
	 */
	@Transactional
	public int eraseDraftsOf(String citizenId) {
		return this.attachments.deleteDraftsOf(citizenId);
	}

	private AttachmentInfo store(Owner owner, String citizenId, MultipartFile file, String field, long filesSoFar) {
		if (field != null && !FILES_KEY.matcher(field).matches()) {
			throw new FormValidationException(Map.of("field", List.of(Messages.get("attachment.field"))));
		}
		if (file == null || file.isEmpty()) {
			throw invalid(Messages.get("attachment.choose"));
		}
		if (file.getSize() > this.rules.maxSize().toBytes()) {
			throw invalid(Messages.get("attachment.tooLarge", String.valueOf(this.rules.maxSize().toMegabytes())));
		}
		if (filesSoFar >= this.rules.maxFiles()) {
			throw invalid(Messages.get("attachment.tooMany", String.valueOf(this.rules.maxFiles())));
		}
		try {
			byte[] content = file.getBytes();
			// from the bytes alone: a name can say anything
			String type = this.tika.detect(content);
			if (!this.rules.types().contains(type)) {
				throw invalid(Messages.get("attachment.type"));
			}
			String filename = FileNames.forType(cleanName(file.getOriginalFilename()), type);
			return this.attachments
				.save(new Attachment(owner, citizenId, filename, type, content, this.clock.instant(), field))
				.info();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Download download(Optional<Attachment> found, String id) {
		Attachment attachment = found.orElseThrow(() -> new NotFoundException("attachment", id));
		return new Download(attachment.getFilename(), attachment.getContentType(), attachment.getContent());
	}

	/**
	 * The name without any path, control characters, invisible formatting (such as the
	 * right-to-left override that makes {@code invoice\u202Efdp.exe} read as
	 * {@code invoiceexe.pdf}) or more than 255 characters.
	 */
	private static String cleanName(String original) {
		String name = StringUtils.getFilename(StringUtils.cleanPath((original != null) ? original : ""));
		name = (name != null) ? name.replaceAll("\\p{Cf}", "").replaceAll("[\\p{Cntrl}\"\\\\/]", "_").strip() : "";
		if (name.isEmpty()) {
			name = "document";
		}
		return (name.length() > 255) ? name.substring(name.length() - 255) : name;
	}

	private static FormValidationException invalid(String message) {
		return new FormValidationException(Map.of("file", List.of(message)));
	}

	public record Download(String filename, String contentType, byte[] content) {

		/** Always a download, never rendered in the portal's origin. */
		public ResponseEntity<byte[]> toResponse() {
			return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(this.contentType))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment()
							.filename(this.filename, StandardCharsets.UTF_8)
							.build()
							.toString())
				.header("X-Content-Type-Options", "nosniff")
				.body(this.content);
		}

	}

}
