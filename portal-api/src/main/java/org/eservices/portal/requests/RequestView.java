package org.eservices.portal.requests;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A request as the portal shows it: what was submitted, where it stands, what happened so
 * far.
 *
 * @param form the start form the data was entered in (its version, not the latest)
 * @param outcome process variables the e-service marks as citizen-visible (licence
 * number, rejection reason, ...)
 * @param payment the fee and whether it is paid, for services that charge one
 * @param documents what the platform issued to the request (a licence), to download
 * @param receipts of the submission and of each payment, as PDF: for the citizen
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequestView(String reference, String serviceKey, String serviceName, String status, String statusLabel,
		boolean closed, Instant submittedAt, Instant updatedAt, Instant closedAt, JsonNode data, JsonNode form,
		List<TimelineEntry> timeline, Map<String, Object> outcome, FeePayments.FeePayment payment,
		ServiceLevelClock.ServiceLevel serviceLevel, List<IssuedDocument> documents, List<Receipt> receipts) {

	/**
	 * A document the platform issued, downloaded as the request's document {@code id}.
	 *
	 * @param title its kind, in the language asked for where it was issued in it
	 * @param status {@code valid}, {@code revoked} or {@code expired}
	 * @param verificationUrl the public page that tells whether it is genuine and valid
	 */
	public record IssuedDocument(String id, String title, String number, String filename, Instant issuedAt,
			Instant validUntil, String status, Instant revokedAt, String verificationCode, String verificationUrl) {

	}

	/**
	 * A receipt, rendered when asked for.
	 *
	 * @param kind {@code submission} or {@code payment}
	 * @param path where to download it
	 */
	public record Receipt(String kind, String title, Instant date, BigDecimal amount, String currency, String path) {

	}

	public record TimelineEntry(String code, String label, Instant reachedAt) {

	}

	/** Which request a process instance serves. */
	public record Reference(String reference, String serviceKey, String serviceName) {

		public static final Reference NONE = new Reference(null, null, null);

	}

}
