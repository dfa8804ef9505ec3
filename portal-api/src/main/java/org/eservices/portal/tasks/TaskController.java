package org.eservices.portal.tasks;

import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.task.Task;
import org.eservices.portal.catalog.Translations;
import org.eservices.portal.catalog.Translations.ServiceTexts;
import org.eservices.portal.paging.PageResponse;
import org.eservices.portal.paging.PageResponse.PageRequest;
import org.eservices.portal.requests.RequestView;
import org.eservices.portal.requests.Requests;
import org.eservices.portal.security.PortalUser;
import org.eservices.portal.taskforms.TaskForms;
import org.eservices.portal.taskforms.TaskForm;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The clerks' workspace API.
 */
@RestController
@RequestMapping("/api/tasks")
class TaskController {

	private final ClerkTasks tasks;

	private final TaskForms taskForms;

	private final Requests requests;

	private final Translations translations;

	TaskController(ClerkTasks tasks, TaskForms taskForms, Requests requests, Translations translations) {
		this.translations = translations;
		this.tasks = tasks;
		this.taskForms = taskForms;
		this.requests = requests;
	}

	@GetMapping
	PageResponse<TaskSummary> inbox(PortalUser clerk, @RequestParam(required = false) String service,
			@RequestParam(required = false) Instant dueBefore, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, Locale locale) {
		PageResponse<Task> tasks = this.tasks.inbox(clerk, service, dueBefore, PageRequest.of(page, size));
		Map<String, RequestView.Reference> references = this.requests
			.referencesOf(tasks.content().stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()));
		return new PageResponse<>(tasks.content()
			.stream()
			.map((task) -> summary(task, references.get(task.getProcessInstanceId()), locale))
			.toList(), tasks.page(), tasks.size(), tasks.totalElements(), tasks.totalPages());
	}

	@GetMapping("/{id}")
	TaskDetail get(PortalUser clerk, @PathVariable String id, Locale locale) {
		Task task = this.tasks.get(clerk, id);
		RequestView.Reference reference = this.requests.referenceOf(task.getProcessInstanceId());
		return new TaskDetail(summary(task, reference, locale), this.taskForms.open(task, locale),
				this.requests.forStaff(task.getProcessInstanceId(), locale));
	}

	@PostMapping("/{id}/claim")
	ResponseEntity<Void> claim(PortalUser clerk, @PathVariable String id) {
		this.tasks.claim(clerk, id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/unclaim")
	ResponseEntity<Void> unclaim(PortalUser clerk, @PathVariable String id) {
		this.tasks.unclaim(clerk, id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/complete")
	ResponseEntity<Void> complete(PortalUser clerk, @PathVariable String id, @RequestBody ObjectNode data) {
		this.tasks.complete(clerk, id, data);
		return ResponseEntity.noContent().build();
	}

	/**
	 * With the task's and the service's names in the clerk's language, where translated.
	 */
	private TaskSummary summary(Task task, RequestView.Reference request, Locale locale) {
		RequestView.Reference known = (request != null) ? request : RequestView.Reference.NONE;
		ServiceTexts texts = this.translations.serviceTexts(task.getProcessDefinitionId(), known.serviceKey(), locale);
		return new TaskSummary(task.getId(), texts.task(task.getTaskDefinitionKey(), task.getName()),
				task.getTaskDefinitionKey(), known.serviceKey(), texts.name(known.serviceName()), known.reference(),
				task.getAssignee(), instant(task.getCreateTime()), instant(task.getDueDate()));
	}

	private static Instant instant(Date date) {
		return (date != null) ? date.toInstant() : null;
	}

	record TaskSummary(String id, String name, String taskKey, String serviceKey, String serviceName, String reference,
			String assignee, Instant created, Instant due) {

	}

	record TaskDetail(TaskSummary task, TaskForm form, RequestView request) {

	}

}
