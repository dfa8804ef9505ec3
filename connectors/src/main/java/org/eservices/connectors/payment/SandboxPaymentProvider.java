package org.eservices.connectors.payment;

import java.util.UUID;

/**
 * The zero-set-up provider: a checkout page served by the platform itself. Its state is
 * the ledger's.
 */
public class SandboxPaymentProvider implements PaymentProvider {

	public static final String NAME = "sandbox";

	static final String CHECKOUT_PATH = "/sandbox/checkout/";

	private final CheckoutSettings settings;

	private final PaymentRepository ledger;

	public SandboxPaymentProvider(CheckoutSettings settings, PaymentRepository ledger) {
		this.settings = settings;
		this.ledger = ledger;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Checkout createCheckout(CheckoutRequest request, String idempotencyKey) {
		String id = "sandbox_cs_" + UUID.nameUUIDFromBytes(idempotencyKey.getBytes());
		return new Checkout(id, this.settings.publicUrl().resolve(CHECKOUT_PATH + id).toString());
	}

	@Override
	public PaymentStatus status(String providerPaymentId) {
		return this.ledger.findByProviderPaymentId(providerPaymentId)
			.map(Payment::getStatus)
			.orElse(PaymentStatus.FAILED);
	}

	/** The sandbox checkout page takes no payment once the ledger says it is closed. */
	@Override
	public PaymentStatus close(String providerPaymentId) {
		return (status(providerPaymentId) == PaymentStatus.PAID) ? PaymentStatus.PAID : PaymentStatus.FAILED;
	}

	@Override
	public String refund(String providerPaymentId, String idempotencyKey) {
		return "sandbox_re_" + UUID.nameUUIDFromBytes(idempotencyKey.getBytes());
	}

}
