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

	/**
	 * Past 64 characters with version and deployment id, so Camunda gives its definition
	 * a bare generated id, without the key.
	 */
	static final String LONG_KEY = "notify-test-with-a-process-key-long-enough-that-camunda-shortens-its-id";

	static final String SEND_EMAIL = "SendHello";

	static final String SEND_SMS = "TextHello";

	private NotifyTestProcess() {
	}

	static void deploy(RepositoryService repository) {
		deploy(repository, KEY);
	}

	static void deploy(RepositoryService repository, String key) {
		BpmnModelInstance model = Bpmn.createExecutableProcess(key)
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
		repository.createDeployment().addModelInstance(key + ".bpmn", model).enableDuplicateFiltering(true).deploy();
	}

	static String start(RuntimeService runtime, String reference) {
		return start(runtime, KEY, reference);
	}

	static String start(RuntimeService runtime, String key, String reference) {
		return runtime
			.startProcessInstanceByKey(key, reference,
					Map.of("email", "anna@example.org", "phone", "+4930664040900", "name", "Anna"))
			.getId();
	}

}
