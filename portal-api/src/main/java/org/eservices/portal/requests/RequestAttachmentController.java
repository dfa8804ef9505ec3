package org.eservices.portal.requests;

import java.util.List;

import org.eservices.portal.attachments.AttachmentInfo;
import org.eservices.portal.attachments.Attachments;
import org.eservices.portal.problems.ConflictException;
import org.eservices.portal.security.PortalUser;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Citizens attach documents to their own requests, and read them back. */
@RestController
class RequestAttachmentController {

	private final Attachments attachments;

	private final Requests requests;

	RequestAttachmentController(Attachments attachments, Requests requests) {
		this.attachments = attachments;
		this.requests = requests;
	}

	@PostMapping(path = "/api/requests/{reference}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<AttachmentInfo> attach(PortalUser citizen, @PathVariable String reference,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "field", required = false) String field) {
		ServiceRequest request = this.requests.ownedBy(citizen.id(), reference);
		// a file picker's files key the sent application already answers with is closed:
		// no file joins an answer after it was given
		if (field != null && request.getSubmittedData().contains("\"" + field + "\"")) {
			throw new ConflictException("The application's answer " + field + " is closed.");
		}
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(this.attachments.attach(reference, citizen.id(), file, field));
	}

	@GetMapping("/api/requests/{reference}/attachments")
	List<AttachmentInfo> list(PortalUser citizen, @PathVariable String reference) {
		this.requests.ownedBy(citizen.id(), reference);
		// the documents the platform issued are in the request's view, on their own
		return AttachmentInfo.uploaded(this.attachments.forCitizenOf(reference));
	}

	@GetMapping("/api/requests/{reference}/attachments/{id}")
	ResponseEntity<byte[]> download(PortalUser citizen, @PathVariable String reference, @PathVariable String id) {
		this.requests.ownedBy(citizen.id(), reference);
		return this.attachments.downloadForCitizen(reference, id).toResponse();
	}

}
