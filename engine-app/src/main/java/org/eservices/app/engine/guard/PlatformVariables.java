package org.eservices.app.engine.guard;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.eservices.connectors.payment.CreatePaymentDelegate;
import org.eservices.connectors.payment.RefundPaymentDelegate;
import org.eservices.contract.ProcessVariables;
import org.eservices.portal.catalog.ModelProperties;

/**
 * The variables that belong to the platform, in one place: the applicant's identity and
 * what the payment connectors record, in every process, plus what an e-service's own
 * steps decide (its fee, the licence it issues), which the analyst names in the process
 * property {@code eservice.platformVariables}. Only the platform's code and the
 * processes' own steps write them: no form, and no user through any of the engine's APIs.
 */
class PlatformVariables {

	static final String PROPERTY = "eservice.platformVariables";

	static final Set<String> EVERY_PROCESS = Set.of(ProcessVariables.CITIZEN_ID, CreatePaymentDelegate.PAYMENT_ID,
			CreatePaymentDelegate.CHECKOUT_URL, CreatePaymentDelegate.PAYMENT_STATUS,
			CreatePaymentDelegate.PAYMENT_DEADLINE, CreatePaymentDelegate.PAYMENT_AMOUNT,
			RefundPaymentDelegate.REFUND_ID);

	private final RepositoryService repositoryService;

	/** Per process definition: a deployed model never changes. */
	private final Map<String, Set<String>> byDefinition = new ConcurrentHashMap<>();

	PlatformVariables(RepositoryService repositoryService) {
		this.repositoryService = repositoryService;
	}

	/**
	 * @param processDefinitionId null for a task or variable outside any process
	 */
	Set<String> of(String processDefinitionId) {
		if (processDefinitionId == null) {
			return EVERY_PROCESS;
		}
		return this.byDefinition.computeIfAbsent(processDefinitionId, this::read);
	}

	private Set<String> read(String processDefinitionId) {
		String key = this.repositoryService.getProcessDefinition(processDefinitionId).getKey();
		Process process = this.repositoryService.getBpmnModelInstance(processDefinitionId).getModelElementById(key);
		Set<String> names = new HashSet<>(EVERY_PROCESS);
		String declared = (process != null) ? ModelProperties.of(process).get(PROPERTY) : null;
		if (declared != null) {
			Arrays.stream(declared.split(",")).map(String::trim).filter((name) -> !name.isEmpty()).forEach(names::add);
		}
		return Set.copyOf(names);
	}

}
