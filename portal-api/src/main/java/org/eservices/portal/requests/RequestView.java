package org.eservices.portal.requests;

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
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequestView(String reference, String serviceKey, String serviceName, String status, String statusLabel,
		boolean closed, Instant submittedAt, Instant updatedAt, Instant closedAt, JsonNode data, JsonNode form,
		List<TimelineEntry> timeline, Map<String, Object> outcome, FeePayments.FeePayment payment,
		ServiceLevelClock.ServiceLevel serviceLevel) {

	public record TimelineEntry(String code, String label, Instant reachedAt) {

	}

	/** Which request a process instance serves. */
	public record Reference(String reference, String serviceKey, String serviceName) {

		public static final Reference NONE = new Reference(null, null, null);

	}

}
