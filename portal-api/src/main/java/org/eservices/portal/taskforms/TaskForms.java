package org.eservices.portal.taskforms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.eservices.contract.ProcessVariables;
import org.eservices.portal.attachments.AttachmentInfo;
import org.eservices.portal.attachments.Attachments;
import org.eservices.portal.catalog.Translations;
import org.eservices.portal.forms.FormDefinition;
import org.eservices.portal.forms.FormValidator;
import org.eservices.portal.forms.ValidatedData;
import org.eservices.portal.i18n.Messages;
import org.eservices.portal.problems.NotFoundException;
import org.eservices.portal.variables.VariableJson;

import org.springframework.stereotype.Service;

/**
 * Opens and completes user tasks through their form-js forms: what the form shows, and a
 * completion validated against the form's own rules.
 */
@Service
public class TaskForms {

	private final FormService formService;

	private final TaskService taskService;

	private final FormValidator validator;

	private final VariableJson variableJson;

	private final ObjectMapper mapper;

	private final Translations translations;

	private final RuntimeService runtimeService;

	private final Attachments attachments;

	private final Map<String, FormDefinition> forms = new ConcurrentHashMap<>();

	public TaskForms(FormService formService, TaskService taskService, FormValidator validator,
			VariableJson variableJson, ObjectMapper mapper, Translations translations, RuntimeService runtimeService,
			Attachments attachments) {
		this.translations = translations;
		this.runtimeService = runtimeService;
		this.attachments = attachments;
		this.formService = formService;
		this.taskService = taskService;
		this.validator = validator;
		this.variableJson = variableJson;
		this.mapper = mapper;
	}

	/**
	 * The form with only the variables it refers to, so that a citizen's form does not
	 * carry the clerks' internal data; its texts in the language, where the analyst
	 * translated them.
	 */
	public TaskForm open(Task task, Locale locale) {
		FormDefinition form = form(task);
		String schemaText = form.schema().toString();
		Map<String, Object> data = new LinkedHashMap<>();
		variables(task).forEach((name, value) -> {
			if (Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(schemaText).find()) {
				data.put(name, value);
			}
		});
		return new TaskForm(this.translations.translateForm(form.schema(), task.getProcessDefinitionId(), locale),
				data);
	}

	/** Validates the data against the task's form, then completes the task with it. */
	public void complete(Task task, ObjectNode data) {
		ObjectNode accepted = check(task, data).orThrow();
		this.taskService.complete(task.getId(), this.variableJson.toVariables(accepted));
	}

	/**
	 * The task's own form's verdict on data submitted to complete it, by any path: the
	 * form's rules against the case as it stands, and no key the form does not have (a
	 * task without a form takes no data).
	 */
	public ValidatedData check(Task task, ObjectNode data) {
		if (task.getCamundaFormRef() == null && task.getFormKey() == null) {
			Map<String, List<String>> errors = new LinkedHashMap<>();
			data.fieldNames().forEachRemaining((key) -> errors.put(key, List.of(Messages.get("form.unknownField"))));
			return new ValidatedData(errors, data.objectNode());
		}
		return this.validator.validate(form(task), data, variables(task)).requireFiles(() -> uploadedFiles(task));
	}

	/**
	 * The files keys of the documents uploaded to the task's request from its side: the
	 * citizen's for a task of theirs, the staff's own for a clerk's.
	 */
	private List<String> uploadedFiles(Task task) {
		ProcessInstance instance = this.runtimeService.createProcessInstanceQuery()
			.processInstanceId(task.getProcessInstanceId())
			.singleResult();
		if (instance == null || instance.getBusinessKey() == null) {
			return List.of();
		}
		Object citizen = this.runtimeService.getVariable(instance.getId(), ProcessVariables.CITIZEN_ID);
		boolean citizens = task.getAssignee() != null && task.getAssignee().equals(citizen);
		return AttachmentInfo.fieldsOf(citizens ? this.attachments.forCitizenOf(instance.getBusinessKey())
				: this.attachments.staffsOf(instance.getBusinessKey()));
	}

	/** {@link #check(Task, ObjectNode)} of process variables, as the engine has them. */
	public ValidatedData check(Task task, Map<String, Object> variables) {
		return check(task, this.variableJson.toJsonObject(variables));
	}

	private Map<String, Object> variables(Task task) {
		return this.variableJson.toJson(this.taskService.getVariablesTyped(task.getId(), false));
	}

	private FormDefinition form(Task task) {
		if (task.getCamundaFormRef() == null && task.getFormKey() == null) {
			throw new NotFoundException("form for task", task.getId());
		}
		// a form bound by deployment or version is fixed for the task definition;
		// "latest" is not
		boolean fixed = task.getCamundaFormRef() != null && !"latest".equals(task.getCamundaFormRef().getBinding());
		if (!fixed) {
			return load(task);
		}
		return this.forms.computeIfAbsent(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
				(key) -> load(task));
	}

	private FormDefinition load(Task task) {
		try (InputStream form = this.formService.getDeployedTaskForm(task.getId())) {
			return FormDefinition.of(this.mapper.readTree(form));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
