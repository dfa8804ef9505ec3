package org.eservices.app;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Stand-ins for the payment and notification connectors in process tests: each call is
 * recorded ("checkout:150.0", "email:submitted", "document:licence", "refund:cs_1", ...);
 * a checkout sets the variables the real one sets ({@code paymentId} cs_1, cs_2, ... and
 * a deadline a week ahead, kept on a new checkout); an issued document's id is doc-1,
 * doc-2, ... in its result variable. Reset with {@link Mocks#reset()}.
 */
public final class RecordingConnectors {

	private RecordingConnectors() {
	}

	public static void register(List<String> calls) {
		Mocks.register("createPaymentDelegate", (JavaDelegate) (execution) -> {
			int checkout = (int) calls.stream().filter((call) -> call.startsWith("checkout")).count() + 1;
			calls.add("checkout:" + execution.getVariable("amount"));
			execution.setVariable("paymentId", "cs_" + checkout);
			execution.setVariable("checkoutUrl", "https://checkout.example/cs_" + checkout);
			if (execution.getVariable("paymentDeadline") == null) {
				execution.setVariable("paymentDeadline", Date.from(Instant.now().plus(7, ChronoUnit.DAYS)));
			}
		});
		Mocks.register("issueDocumentDelegate", (JavaDelegate) (execution) -> {
			int issued = (int) calls.stream().filter((call) -> call.startsWith("document")).count() + 1;
			calls.add("document:" + execution.getVariable("template"));
			execution.setVariable((String) execution.getVariable("resultVariable"), "doc-" + issued);
		});
		Mocks.register("sendEmailDelegate",
				(JavaDelegate) (execution) -> calls.add("email:" + execution.getVariable("template")));
		Mocks.register("sendSmsDelegate",
				(JavaDelegate) (execution) -> calls.add("sms:" + execution.getVariable("template")));
		Mocks.register("refundPaymentDelegate",
				(JavaDelegate) (execution) -> calls.add("refund:" + execution.getVariable("paymentId")));
		Mocks.register("cancelPaymentDelegate",
				(JavaDelegate) (execution) -> calls.add("cancel:" + execution.getVariable("paymentId")));
	}

}
