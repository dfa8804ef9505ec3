package org.eservices.portal.attachments;

import java.util.List;

import org.eservices.portal.requests.Requests;
import org.eservices.portal.security.PortalUser;
import org.eservices.portal.tasks.ClerkTasks;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Citizens attach documents to their own requests; clerks read them from the tasks they
 * may see.
 */
@RestController
class AttachmentController {

	private final Attachments attachments;

	private final Requests requests;

	private final ClerkTasks tasks;

	AttachmentController(Attachments attachments, Requests requests, ClerkTasks tasks) {
		this.attachments = attachments;
		this.requests = requests;
		this.tasks = tasks;
	}

	@PostMapping(path = "/api/requests/{reference}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<AttachmentInfo> attach(PortalUser citizen, @PathVariable String reference,
			@RequestParam(name = "file", required = false) MultipartFile file) {
		this.requests.ownedBy(citizen.id(), reference);
		return ResponseEntity.status(HttpStatus.CREATED).body(this.attachments.attach(reference, citizen.id(), file));
	}

	@GetMapping("/api/requests/{reference}/attachments")
	List<AttachmentInfo> citizenList(PortalUser citizen, @PathVariable String reference) {
		this.requests.ownedBy(citizen.id(), reference);
		return this.attachments.of(reference);
	}

	@GetMapping("/api/requests/{reference}/attachments/{id}")
	ResponseEntity<byte[]> citizenDownload(PortalUser citizen, @PathVariable String reference,
			@PathVariable String id) {
		this.requests.ownedBy(citizen.id(), reference);
		return this.attachments.download(reference, id).toResponse();
	}

	@GetMapping("/api/tasks/{taskId}/attachments")
	List<AttachmentInfo> clerkList(PortalUser clerk, @PathVariable String taskId) {
		return this.attachments.of(referenceOfTask(clerk, taskId));
	}

	@GetMapping("/api/tasks/{taskId}/attachments/{id}")
	ResponseEntity<byte[]> clerkDownload(PortalUser clerk, @PathVariable String taskId, @PathVariable String id) {
		return this.attachments.download(referenceOfTask(clerk, taskId), id).toResponse();
	}

	/** Only tasks the clerk may see: another department's answer 404. */
	private String referenceOfTask(PortalUser clerk, String taskId) {
		String processInstanceId = this.tasks.get(clerk, taskId).getProcessInstanceId();
		return this.requests.referenceOf(processInstanceId).reference();
	}

}
