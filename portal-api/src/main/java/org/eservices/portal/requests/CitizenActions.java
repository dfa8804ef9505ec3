package org.eservices.portal.requests;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.eservices.portal.catalog.Translations;
import org.eservices.portal.catalog.Translations.ServiceTexts;
import org.eservices.portal.problems.NotFoundException;
import org.eservices.portal.taskforms.TaskForm;
import org.eservices.portal.taskforms.TaskForms;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a request waits for from its citizen: user tasks of its process assigned to them.
 */
@Service
class CitizenActions {

	private final TaskService taskService;

	private final TaskForms taskForms;

	private final Translations translations;

	private final ActionAnswers answers;

	private final TransactionTemplate transactions;

	CitizenActions(TaskService taskService, TaskForms taskForms, Translations translations, ActionAnswers answers,
			PlatformTransactionManager transactionManager) {
		this.taskService = taskService;
		this.taskForms = taskForms;
		this.translations = translations;
		this.answers = answers;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** With their forms in the citizen's language, where the analyst translated them. */
	List<Action> waitingFor(ServiceRequest request, Locale locale) {
		if (request.getProcessInstanceId() == null) {
			return List.of();
		}
		ServiceTexts texts = this.translations.serviceTexts(request.getProcessDefinitionId(), request.getServiceKey(),
				locale);
		return this.taskService.createTaskQuery()
			.processInstanceId(request.getProcessInstanceId())
			.taskAssignee(request.getCitizenId())
			.active()
			.initializeFormKeys()
			.orderByTaskCreateTime()
			.asc()
			.list()
			.stream()
			.map((task) -> new Action(task.getId(), texts.task(task.getTaskDefinitionKey(), task.getName()),
					instant(task.getCreateTime()), instant(task.getDueDate()), this.taskForms.open(task, locale)))
			.toList();
	}

	/**
	 * Completes the citizen's task with their answer, in one transaction.
	 * @param idempotencyKey optional; a second call with the same key and answer is a
	 * replay, also when both run at once
	 * @return whether it was a replay: answered before, nothing done now
	 */
	boolean complete(ServiceRequest request, String taskId, ObjectNode data, String idempotencyKey) {
		try {
			return this.transactions.execute((status) -> {
				if (idempotencyKey != null && this.answers.replayOrRecord(request, idempotencyKey, taskId, data)) {
					return true;
				}
				answer(request, taskId, data);
				return false;
			});
		}
		catch (DataIntegrityViolationException ex) {
			// a concurrent call with the same key recorded its answer first
			if (idempotencyKey != null && Boolean.TRUE.equals(this.transactions
				.execute((status) -> this.answers.answeredBefore(request, idempotencyKey, taskId, data)))) {
				return true;
			}
			throw ex;
		}
	}

	private void answer(ServiceRequest request, String taskId, ObjectNode data) {
		Task task = (request.getProcessInstanceId() == null) ? null
				: this.taskService.createTaskQuery()
					.taskId(taskId)
					.processInstanceId(request.getProcessInstanceId())
					.taskAssignee(request.getCitizenId())
					.active()
					.initializeFormKeys()
					.singleResult();
		if (task == null) {
			throw new NotFoundException("action", taskId);
		}
		this.taskForms.complete(task, data);
	}

	private static Instant instant(Date date) {
		return (date != null) ? date.toInstant() : null;
	}

	record Action(String id, String name, Instant created, Instant due, TaskForm form) {

	}

}
