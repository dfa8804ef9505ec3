package org.eservices.connectors.payment;

/**
 * A created checkout: the provider's id for it and the page the payer opens.
 */
public record Checkout(String providerPaymentId, String checkoutUrl) {

}
