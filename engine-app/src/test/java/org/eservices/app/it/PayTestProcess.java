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

	static final String PAID = "Paid";

	static final String CANCELLED = "Cancelled";

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
			.eventBasedGateway()
			.intermediateCatchEvent("PaymentReceived")
			.message("PaymentSucceeded")
			.userTask(PAID)
			.endEvent()
			.moveToLastGateway()
			.intermediateCatchEvent("PaymentNotReceived")
			.message("PaymentFailed")
			.endEvent(CANCELLED)
			.done();
		repository.createDeployment().addModelInstance(KEY + ".bpmn", model).enableDuplicateFiltering(true).deploy();
	}

	static String start(RuntimeService runtime, String reference, double fee) {
		return runtime
			.startProcessInstanceByKey(KEY, reference,
					Map.of("fee", fee, "email", "anna@example.org", "citizenId", TestUsers.ANNA))
			.getId();
	}

}
