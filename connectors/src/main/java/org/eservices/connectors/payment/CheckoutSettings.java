package org.eservices.connectors.payment;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param publicUrl where citizens reach the portal: the checkout returns there, and the
 * sandbox checkout page lives there
 * @param reconcileAfter a payment still pending this long is asked about at the provider
 * @param reconcileCycle how often reconciliation runs (ISO 8601 repeating interval)
 * @param reconcileFor how long one run may ask the provider, well within the job lock
 * time (ADR 0009); what is left waits for the next run
 * @param payWithin how long a citizen has to pay a fee, from the first checkout; the
 * process's payment deadline
 */
@ConfigurationProperties("eservices.connectors.checkout")
public record CheckoutSettings(@DefaultValue("http://localhost:8080") URI publicUrl,
		@DefaultValue("30m") Duration reconcileAfter, @DefaultValue("R/PT5M") String reconcileCycle,
		@DefaultValue("15s") Duration reconcileFor, @DefaultValue("7d") Duration payWithin) {

	String requestPage(String reference) {
		return this.publicUrl.resolve("/requests/" + reference).toString();
	}

}
