package org.eservices.connectors.payment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.User;
import org.eservices.contract.ProcessVariables;

import org.springframework.stereotype.Component;

/**
 * Money that came in when no request waited for it: an asynchronous payment (SEPA, for
 * example) that succeeded after its request was cancelled at the deadline, or one whose
 * request ended meanwhile. The platform process {@value #PROCESS_KEY} refunds it and
 * tells the payer, as engine jobs (retried, then an incident). A payment reported while a
 * step of its process runs (the one that made the checkout may be about to wait for it)
 * is not refunded: the provider is asked to report it again.
 */
@Component
class LatePayments {

	static final String PROCESS_KEY = "late-payment-refund";

	static final String EMAIL = "email";

	static final String AMOUNT = "amount";

	private final RuntimeService runtimeService;

	private final HistoryService historyService;

	private final IdentityService identityService;

	private final ManagementService managementService;

	LatePayments(RuntimeService runtimeService, HistoryService historyService, IdentityService identityService,
			ManagementService managementService) {
		this.runtimeService = runtimeService;
		this.historyService = historyService;
		this.identityService = identityService;
		this.managementService = managementService;
	}

	/**
	 * Whether a payment no process waited for is money nobody wants: its checkout was
	 * closed (expired, or closed while the payment was on its way) or its process has
	 * ended. Otherwise its process goes on and deals with it (a queued cancellation
	 * refunds it).
	 * @param closed whether its checkout was closed before this report
	 * @throws NotAwaitedYetException while a step of its process runs: it may be the one
	 * that made the checkout, about to wait for it
	 */
	boolean unwanted(Payment payment, boolean closed) {
		if (closed || this.runtimeService.createProcessInstanceQuery()
			.processInstanceId(payment.getProcessInstanceId())
			.count() == 0) {
			return true;
		}
		if (this.managementService.createJobQuery()
			.processInstanceId(payment.getProcessInstanceId())
			.acquired()
			.count() > 0) {
			throw new NotAwaitedYetException(payment.getProviderPaymentId());
		}
		return false;
	}

	/** Starts the refund; it runs after this transaction commits. */
	void refund(Payment payment) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(RefundPaymentDelegate.INPUT_PAYMENT_ID, payment.getProviderPaymentId());
		variables.put(AMOUNT, payment.getDisplayAmount());
		List<HistoricVariableInstance> known = this.historyService.createHistoricVariableInstanceQuery()
			.processInstanceId(payment.getProcessInstanceId())
			.variableNameIn(CreatePaymentDelegate.INPUT_PAYER_EMAIL, ProcessVariables.CITIZEN_ID)
			.list();
		String citizen = valueOf(known, ProcessVariables.CITIZEN_ID);
		if (citizen != null) {
			variables.put(ProcessVariables.CITIZEN_ID, citizen);
		}
		String payerEmail = valueOf(known, CreatePaymentDelegate.INPUT_PAYER_EMAIL);
		variables.put(EMAIL, (payerEmail != null) ? payerEmail : accountEmail(citizen));
		this.runtimeService.startProcessInstanceByKey(PROCESS_KEY, payment.getBusinessKey(), variables);
	}

	private String accountEmail(String citizen) {
		if (citizen == null) {
			return null;
		}
		User user = this.identityService.createUserQuery().userId(citizen).singleResult();
		return (user != null && user.getEmail() != null && !user.getEmail().isBlank()) ? user.getEmail() : null;
	}

	private static String valueOf(List<HistoricVariableInstance> known, String name) {
		return known.stream()
			.filter((variable) -> name.equals(variable.getName()))
			.map(HistoricVariableInstance::getValue)
			.filter(Objects::nonNull)
			.map(Object::toString)
			.filter((text) -> !text.isBlank())
			.findFirst()
			.orElse(null);
	}

	/** The payment's process is about to wait for it: report it again later. */
	public static class NotAwaitedYetException extends RuntimeException {

		NotAwaitedYetException(String providerPaymentId) {
			super("Payment " + providerPaymentId + " came in before its process waits for it; report it again later");
		}

	}

}
