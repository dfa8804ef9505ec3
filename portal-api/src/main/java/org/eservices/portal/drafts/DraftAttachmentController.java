package org.eservices.portal.drafts;

import java.util.List;

import org.eservices.portal.attachments.AttachmentInfo;
import org.eservices.portal.attachments.Attachments;
import org.eservices.portal.security.PortalUser;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Documents attached beside the start form, before the application is sent. They belong
 * to the citizen's draft and move to the request when it is submitted.
 */
@RestController
class DraftAttachmentController {

	private static final String PATH = "/api/services/{key}/draft/attachments";

	private final Drafts drafts;

	private final Attachments attachments;

	DraftAttachmentController(Drafts drafts, Attachments attachments) {
		this.drafts = drafts;
		this.attachments = attachments;
	}

	@PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<AttachmentInfo> attach(PortalUser citizen, @PathVariable String key,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "field", required = false) String field) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.drafts.attach(citizen.id(), key, file, field));
	}

	@GetMapping(PATH)
	List<AttachmentInfo> list(PortalUser citizen, @PathVariable String key) {
		return this.attachments.ofDraft(citizen.id(), key);
	}

	@GetMapping(PATH + "/{id}")
	ResponseEntity<byte[]> download(PortalUser citizen, @PathVariable String key, @PathVariable String id) {
		return this.attachments.downloadFromDraft(citizen.id(), key, id).toResponse();
	}

	@DeleteMapping(PATH + "/{id}")
	ResponseEntity<Void> remove(PortalUser citizen, @PathVariable String key, @PathVariable String id) {
		this.attachments.removeFromDraft(citizen.id(), key, id);
		return ResponseEntity.noContent().build();
	}

}
