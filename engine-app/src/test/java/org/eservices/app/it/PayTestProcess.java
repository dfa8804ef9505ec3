package org.eservices.app.it;

import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * A process that takes a fee through the "Take payment" connector, as modelled with its
 * element template.
 */
final class PayTestProcess {

	static final String KEY = "pay-test";

	static final String TAKE_PAYMENT = "TakeFee";

	private PayTestProcess() {
	}

	static void deploy(RepositoryService repository) {
		BpmnModelInstance model = Bpmn.createExecutableProcess(KEY)
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.serviceTask(TAKE_PAYMENT)
			.camundaAsyncBefore()
			.camundaDelegateExpression("${createPaymentDelegate}")
			.camundaInputParameter("amount", "${fee}")
			.camundaInputParameter("currency", "eur")
			.camundaInputParameter("description", "Licence fee ${execution.processBusinessKey}")
			.camundaExecutionListenerExpression("end", "${failOnce.maybeFail(execution)}")
			.userTask("AwaitPayment")
			.endEvent()
			.done();
		repository.createDeployment().addModelInstance(KEY + ".bpmn", model).enableDuplicateFiltering(true).deploy();
	}

	static String start(RuntimeService runtime, String reference, double fee) {
		return runtime.startProcessInstanceByKey(KEY, reference, Map.of("fee", fee, "email", "anna@example.org"))
			.getId();
	}

}
