package org.eservices.portal.tasks;

import java.util.List;

import org.eservices.portal.attachments.AttachmentInfo;
import org.eservices.portal.attachments.Attachments;
import org.eservices.portal.requests.Requests;
import org.eservices.portal.security.PortalUser;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Clerks read a request's documents from the tasks they may see. */
@RestController
class TaskAttachmentController {

	private final Attachments attachments;

	private final Requests requests;

	private final ClerkTasks tasks;

	TaskAttachmentController(Attachments attachments, Requests requests, ClerkTasks tasks) {
		this.attachments = attachments;
		this.requests = requests;
		this.tasks = tasks;
	}

	@GetMapping("/api/tasks/{taskId}/attachments")
	List<AttachmentInfo> list(PortalUser clerk, @PathVariable String taskId) {
		return this.attachments.of(referenceOfTask(clerk, taskId));
	}

	@GetMapping("/api/tasks/{taskId}/attachments/{id}")
	ResponseEntity<byte[]> download(PortalUser clerk, @PathVariable String taskId, @PathVariable String id) {
		return this.attachments.download(referenceOfTask(clerk, taskId), id).toResponse();
	}

	/** Only tasks the clerk may see: another department's answer 404. */
	private String referenceOfTask(PortalUser clerk, String taskId) {
		String processInstanceId = this.tasks.get(clerk, taskId).getProcessInstanceId();
		return this.requests.referenceOf(processInstanceId).reference();
	}

}
