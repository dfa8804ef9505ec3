package org.eservices.portal.tasks;

import java.util.List;

import org.eservices.portal.attachments.AttachmentInfo;
import org.camunda.bpm.engine.task.Task;
import org.eservices.portal.attachments.Attachments;
import org.eservices.portal.audit.AuditKind;
import org.eservices.portal.audit.AuditLog;
import org.eservices.portal.problems.ConflictException;
import org.eservices.portal.problems.NotFoundException;
import org.eservices.portal.requests.RequestView;
import org.eservices.portal.requests.Requests;
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

/**
 * Clerks read a request's documents from the tasks they may see, and attach their own
 * through their task form's file pickers.
 */
@RestController
class TaskAttachmentController {

	private final Attachments attachments;

	private final Requests requests;

	private final ClerkTasks tasks;

	private final AuditLog auditLog;

	TaskAttachmentController(Attachments attachments, Requests requests, ClerkTasks tasks, AuditLog auditLog) {
		this.auditLog = auditLog;
		this.attachments = attachments;
		this.requests = requests;
		this.tasks = tasks;
	}

	/**
	 * A file the clerk chose in a file picker of the task's form (the picker's files key
	 * as {@code field}), for the task they hold: kept with the request, for staff only.
	 */
	@PostMapping(path = "/api/tasks/{taskId}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<AttachmentInfo> attach(PortalUser clerk, @PathVariable String taskId,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "field", required = false) String field) {
		Task task = this.tasks.get(clerk, taskId);
		if (!clerk.id().equals(task.getAssignee())) {
			throw new ConflictException("Claim the task before attaching files to it.");
		}
		String reference = referenceOf(task);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(this.attachments.attachForStaff(reference, clerk.id(), file, field));
	}

	@GetMapping("/api/tasks/{taskId}/attachments")
	List<AttachmentInfo> list(PortalUser clerk, @PathVariable String taskId) {
		// the documents the platform issued are in the request's view, on their own
		return AttachmentInfo.uploaded(this.attachments.of(referenceOfTask(clerk, taskId)));
	}

	@GetMapping("/api/tasks/{taskId}/attachments/{id}")
	ResponseEntity<byte[]> download(PortalUser clerk, @PathVariable String taskId, @PathVariable String id) {
		String reference = referenceOfTask(clerk, taskId);
		ResponseEntity<byte[]> file = this.attachments.download(reference, id).toResponse();
		this.auditLog.record(AuditKind.DOCUMENT_OPENED, clerk.id(), reference,
				"Downloaded document " + id + " from task " + taskId + ".");
		return file;
	}

	/** Only tasks the clerk may see: another department's answer 404. */
	private String referenceOfTask(PortalUser clerk, String taskId) {
		return referenceOf(this.tasks.get(clerk, taskId));
	}

	/** A task of a process no citizen started (one an admin ran) has no documents. */
	private String referenceOf(Task task) {
		RequestView.Reference reference = this.requests.referenceOf(task.getProcessInstanceId());
		if (reference == null || reference.reference() == null) {
			throw new NotFoundException("documents of task", task.getId());
		}
		return reference.reference();
	}

}
