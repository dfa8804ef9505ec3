package org.eservices.connectors.payment;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Payments through Stripe when {@code STRIPE_API_KEY} is set, else through the sandbox
 * checkout.
 */
@AutoConfiguration
@EnableConfigurationProperties({ StripeSettings.class, CheckoutSettings.class })
public class PaymentConnectorAutoConfiguration {

	@Bean
	PaymentProvider paymentProvider(StripeSettings stripe, CheckoutSettings checkout, PaymentRepository ledger) {
		return stripe.configured() ? new StripePaymentProvider(stripe) : new SandboxPaymentProvider(checkout, ledger);
	}

	/**
	 * Named for bpmn/payment-reconciliation.bpmn's timer:
	 * {@code ${paymentReconciliation.cycle()}}.
	 */
	@Bean
	ReconciliationSchedule paymentReconciliation(CheckoutSettings checkout) {
		return new ReconciliationSchedule(checkout.reconcileCycle());
	}

	@Bean
	WebhookSecret stripeWebhookSecret(StripeSettings stripe) {
		return new WebhookSecret(stripe);
	}

}
