package org.eservices.app.businesslicence;

/**
 * Ids of {@code bpmn/business-licence.bpmn} and its forms, in one place.
 */
public final class BusinessLicenceProcess {

	public static final String KEY = "business-licence";

	public static final String START_FORM = "business-licence-application";

	public static final String DETERMINE_FEE = "DetermineFee";

	public static final String TAKE_FEE = "TakeFee";

	public static final String AWAIT_PAYMENT = "AwaitPayment";

	public static final String FEE_PAID = "FeePaid";

	public static final String RENEW_CHECKOUT = "RenewCheckout";

	public static final String PAYMENT_DEADLINE_PASSED = "PaymentDeadlinePassed";

	public static final String CANCEL_PAYMENT = "CancelPayment";

	public static final String APPLICATION_CANCELLED = "ApplicationCancelled";

	public static final String REFUND_FEE = "RefundFee";

	public static final String REVIEW_APPLICATION = "ReviewApplication";

	public static final String PROVIDE_MORE_INFORMATION = "ProvideMoreInformation";

	public static final String ISSUE_LICENCE = "IssueLicence";

	public static final String LICENCE_APPROVED = "LicenceApproved";

	public static final String APPLICATION_REJECTED = "ApplicationRejected";

	public static final String GROUP_LICENSING = "licensing";

	/** The fee table, {@code bpmn/business-licence-fee.dmn}. */
	public static final String FEE_DECISION = "business-licence-fee";

	/** The fee in EUR, from {@link #FEE_DECISION}. */
	public static final String FEE = "fee";

	/** Variables the forms and the delegate set. */
	public static final String DECISION = "decision";

	public static final String LICENCE_NUMBER = "licenceNumber";

	public static final String REJECTION_REASON = "rejectionReason";

	public static final String INFORMATION_REQUEST = "informationRequest";

	public static final String ADDITIONAL_INFORMATION = "additionalInformation";

	private BusinessLicenceProcess() {
	}

}
