package org.eservices.portal.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.task.Task;
import org.eservices.portal.audit.AuditKind;
import org.eservices.portal.audit.AuditLog;
import org.eservices.portal.calendar.BusinessCalendar;
import org.eservices.portal.calendar.WorkingCalendar;
import org.eservices.portal.catalog.Translations;
import org.eservices.portal.catalog.Translations.ServiceTexts;
import org.eservices.portal.forms.FormValidationException;
import org.eservices.portal.paging.PageResponse;
import org.eservices.portal.paging.PageResponse.PageRequest;
import org.eservices.portal.problems.ConflictException;
import org.eservices.portal.problems.NotFoundException;
import org.eservices.portal.requests.RequestView;
import org.eservices.portal.requests.Requests;
import org.eservices.portal.security.PortalUser;
import org.eservices.portal.sla.SlaWatch;
import org.eservices.portal.taskforms.TaskForms;
import org.eservices.portal.taskforms.TaskForm;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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

	private final BusinessCalendar calendar;

	private final AuditLog auditLog;

	TaskController(ClerkTasks tasks, TaskForms taskForms, Requests requests, Translations translations,
			BusinessCalendar calendar, AuditLog auditLog) {
		this.auditLog = auditLog;
		this.calendar = calendar;
		this.translations = translations;
		this.tasks = tasks;
		this.taskForms = taskForms;
		this.requests = requests;
	}

	@GetMapping
	PageResponse<TaskSummary> inbox(PortalUser clerk, @RequestParam(required = false) String service,
			@RequestParam(required = false) Instant dueBefore, @RequestParam(defaultValue = "false") boolean escalated,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Locale locale) {
		PageResponse<Task> tasks = this.tasks.inbox(clerk, service, dueBefore, escalated, PageRequest.of(page, size));
		WorkingCalendar working = this.calendar.current();
		Map<String, RequestView.Reference> references = this.requests
			.referencesOf(tasks.content().stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()));
		return new PageResponse<>(tasks.content()
			.stream()
			.map((task) -> summary(task, references.get(task.getProcessInstanceId()), locale, working))
			.toList(), tasks.page(), tasks.size(), tasks.totalElements(), tasks.totalPages());
	}

	@GetMapping("/{id}")
	TaskDetail get(PortalUser clerk, @PathVariable String id, Locale locale) {
		Task task = this.tasks.get(clerk, id);
		RequestView.Reference reference = this.requests.referenceOf(task.getProcessInstanceId());
		// the task page shows the applicant's data: who read whose is kept
		this.auditLog.record(AuditKind.REQUEST_OPENED, clerk.id(),
				(reference != null) ? reference.reference() : task.getProcessInstanceId(),
				"Opened task \"" + task.getName() + "\" (task " + task.getId() + ") and its request.");
		return new TaskDetail(summary(task, reference, locale, this.calendar.current()),
				this.taskForms.open(task, locale), this.requests.forStaff(task.getProcessInstanceId(), locale));
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
	 * A supervisor gives the task to a clerk of its departments; {@code null} releases
	 * it.
	 */
	@PostMapping("/{id}/assign")
	ResponseEntity<Void> assign(PortalUser supervisor, @PathVariable String id, @RequestBody Assignment body) {
		this.tasks.assign(supervisor, id, body.assignee());
		return ResponseEntity.noContent().build();
	}

	/** The clerks a supervisor may give tasks to. */
	@GetMapping("/assignees")
	List<Assignee> assignees(PortalUser supervisor) {
		return this.tasks.assignableBy(supervisor)
			.stream()
			.map((user) -> new Assignee(user.getId(),
					(Objects.toString(user.getFirstName(), "") + " " + Objects.toString(user.getLastName(), ""))
						.strip()))
			.toList();
	}

	/**
	 * Claims (no {@code assignee}) or gives (a supervisor, with {@code assignee}) several
	 * tasks, each on its own: what one task refuses leaves the others done.
	 */
	@PostMapping("/bulk")
	BulkResult bulk(PortalUser clerk, @Valid @RequestBody Bulk body) {
		List<String> done = new ArrayList<>();
		Map<String, String> refused = new LinkedHashMap<>();
		for (String id : new LinkedHashSet<>(body.tasks())) {
			try {
				if (body.assignee() == null) {
					this.tasks.claim(clerk, id);
				}
				else {
					this.tasks.assign(clerk, id, body.assignee());
				}
				done.add(id);
			}
			catch (NotFoundException | ConflictException | AccessDeniedException | FormValidationException
					| ProcessEngineException ex) {
				refused.put(id, (ex instanceof FormValidationException invalid)
						? String.join(" ", invalid.errors().getOrDefault("assignee", List.of())) : ex.getMessage());
			}
		}
		return new BulkResult(done, refused);
	}

	record Assignment(String assignee) {

	}

	record Assignee(String userId, String name) {

	}

	record Bulk(@NotNull @Size(min = 1, max = 100) List<@NotBlank @Size(max = 64) String> tasks, String assignee) {

	}

	record BulkResult(List<String> done, Map<String, String> refused) {

	}

	/**
	 * With the task's and the service's names in the clerk's language, where translated.
	 */
	private TaskSummary summary(Task task, RequestView.Reference request, Locale locale, WorkingCalendar working) {
		RequestView.Reference known = (request != null) ? request : RequestView.Reference.NONE;
		ServiceTexts texts = this.translations.serviceTexts(task.getProcessDefinitionId(), known.serviceKey(), locale);
		return new TaskSummary(task.getId(), texts.task(task.getTaskDefinitionKey(), task.getName()),
				task.getTaskDefinitionKey(), known.serviceKey(), texts.name(known.serviceName()), known.reference(),
				task.getAssignee(), instant(task.getCreateTime()), instant(task.getDueDate()),
				dueInWorkingDays(task.getDueDate(), working), task.getPriority() >= SlaWatch.ESCALATED_PRIORITY);
	}

	/** Working days from today to the due date: 0 due today, negative overdue. */
	private Integer dueInWorkingDays(Date due, WorkingCalendar working) {
		if (due == null) {
			return null;
		}
		return working.workingDaysBetween(this.calendar.today(),
				LocalDate.ofInstant(due.toInstant(), this.calendar.zone()));
	}

	private static Instant instant(Date date) {
		return (date != null) ? date.toInstant() : null;
	}

	record TaskSummary(String id, String name, String taskKey, String serviceKey, String serviceName, String reference,
			String assignee, Instant created, Instant due, Integer dueInWorkingDays, boolean escalated) {

	}

	record TaskDetail(TaskSummary task, TaskForm form, RequestView request) {

	}

}
