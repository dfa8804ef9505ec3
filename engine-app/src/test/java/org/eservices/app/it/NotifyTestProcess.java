package org.eservices.app.it;

import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * A small process that emails, then texts, through the connectors, as an analyst would
 * model it with the element templates; and a way to run its jobs by hand.
 */
final class NotifyTestProcess {

	static final String KEY = "notify-test";

	static final String SEND_EMAIL = "SendHello";

	static final String SEND_SMS = "TextHello";

	private NotifyTestProcess() {
	}

	static void deploy(RepositoryService repository) {
		BpmnModelInstance model = Bpmn.createExecutableProcess(KEY)
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.serviceTask(SEND_EMAIL)
			.camundaAsyncBefore()
			.camundaDelegateExpression("${sendEmailDelegate}")
			.camundaInputParameter("to", "${email}")
			.camundaInputParameter("template", "hello")
			.camundaExecutionListenerExpression("end", "${failOnce.maybeFail(execution)}")
			.serviceTask(SEND_SMS)
			.camundaAsyncBefore()
			.camundaDelegateExpression("${sendSmsDelegate}")
			.camundaInputParameter("to", "${phone}")
			.camundaInputParameter("template", "hello")
			.userTask("Done")
			.endEvent()
			.done();
		repository.createDeployment().addModelInstance(KEY + ".bpmn", model).enableDuplicateFiltering(true).deploy();
	}

	static String start(RuntimeService runtime, String reference) {
		return runtime
			.startProcessInstanceByKey(KEY, reference,
					Map.of("email", "anna@example.org", "phone", "+4930664040900", "name", "Anna"))
			.getId();
	}

}
