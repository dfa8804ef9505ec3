package org.eservices.connectors.payment;

import java.time.Instant;

/**
 * A fee to collect through a hosted checkout page.
 *
 * @param amountMinor in the currency's minor unit (cents)
 * @param currency ISO 4217, lower case
 * @param reference the request's reference number, shown to the payer and sent back by
 * webhooks
 * @param payBy the payment deadline; the checkout should not outlive it
 */
public record CheckoutRequest(long amountMinor, String currency, String description, String reference,
		String customerEmail, String successUrl, String cancelUrl, Instant payBy) {

}
