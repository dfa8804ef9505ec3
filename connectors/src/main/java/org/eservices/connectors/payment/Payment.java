package org.eservices.connectors.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A row of the payment ledger.
 */
@Entity
@Table(name = "payment")
public class Payment {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_seq")
	@SequenceGenerator(name = "payment_seq", sequenceName = "payment_seq", allocationSize = 50)
	private Long id;

	private String idempotencyKey;

	private String processInstanceId;

	private String businessKey;

	private long amountMinor;

	private String currency;

	private String description;

	private String provider;

	private String providerPaymentId;

	private String checkoutUrl;

	@Enumerated(EnumType.STRING)
	private PaymentStatus status;

	private String refundId;

	private Instant payBy;

	private Instant createdAt;

	private Instant updatedAt;

	/** When it was paid; kept after a refund. */
	private Instant paidAt;

	/** When its checkout was closed with its payment still on its way. */
	private Instant closedAt;

	protected Payment() {
	}

	Payment(String idempotencyKey, String processInstanceId, CheckoutRequest request, String provider, Instant now) {
		this.idempotencyKey = idempotencyKey;
		this.processInstanceId = processInstanceId;
		this.businessKey = request.reference();
		this.amountMinor = request.amountMinor();
		this.currency = request.currency();
		this.description = request.description();
		this.provider = provider;
		this.payBy = request.payBy();
		this.status = PaymentStatus.PENDING;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void checkoutCreated(Checkout checkout, Instant now) {
		this.providerPaymentId = checkout.providerPaymentId();
		this.checkoutUrl = checkout.checkoutUrl();
		this.updatedAt = now;
	}

	/**
	 * @return whether this changed the status (a repeated report changes nothing)
	 */
	boolean settle(PaymentStatus newStatus, Instant now) {
		if (this.status == newStatus || this.status == PaymentStatus.REFUNDED
				|| (this.status == PaymentStatus.PAID && newStatus == PaymentStatus.FAILED)) {
			return false;
		}
		this.status = newStatus;
		this.updatedAt = now;
		if (newStatus == PaymentStatus.PAID) {
			this.paidAt = now;
		}
		return true;
	}

	/**
	 * Its request no longer wants it; a payment still on its way is refunded on arrival.
	 */
	void closedOnItsWay(Instant now) {
		this.closedAt = now;
		this.updatedAt = now;
	}

	public boolean wasClosedOnItsWay() {
		return this.closedAt != null;
	}

	void refunded(String refundId, Instant now) {
		this.refundId = refundId;
		this.status = PaymentStatus.REFUNDED;
		this.updatedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public String getProcessInstanceId() {
		return this.processInstanceId;
	}

	public String getBusinessKey() {
		return this.businessKey;
	}

	public long getAmountMinor() {
		return this.amountMinor;
	}

	public String getCurrency() {
		return this.currency;
	}

	public String getProvider() {
		return this.provider;
	}

	public String getProviderPaymentId() {
		return this.providerPaymentId;
	}

	public String getCheckoutUrl() {
		return this.checkoutUrl;
	}

	public PaymentStatus getStatus() {
		return this.status;
	}

	public String getRefundId() {
		return this.refundId;
	}

	public Instant getPayBy() {
		return this.payBy;
	}

	/** When it was paid, if it was (also once refunded). */
	public Instant getPaidAt() {
		return this.paidAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/** When it last changed: for a paid payment, when it was paid. */
	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	/** In the currency's major unit, e.g. 150.00 for 15000 cents. */
	public BigDecimal getAmount() {
		int digits = Currency.getInstance(getCurrencyCode()).getDefaultFractionDigits();
		return BigDecimal.valueOf(this.amountMinor, Math.max(digits, 0));
	}

	/** ISO 4217 as people write it, e.g. EUR (the ledger keeps Stripe's lower case). */
	public String getCurrencyCode() {
		return this.currency.toUpperCase(Locale.ROOT);
	}

	/** The amount as people read it, e.g. "150.00 EUR". */
	public String getDisplayAmount() {
		return getAmount().toPlainString() + " " + getCurrencyCode();
	}

}
