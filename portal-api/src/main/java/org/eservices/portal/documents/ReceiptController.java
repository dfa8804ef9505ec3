package org.eservices.portal.documents;

import java.util.Locale;

import org.eservices.portal.security.PortalUser;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A citizen's receipts, for their own requests only (another's answers 404). */
@RestController
class ReceiptController {

	private final Receipts receipts;

	ReceiptController(Receipts receipts) {
		this.receipts = receipts;
	}

	@GetMapping("/api/requests/{reference}/receipts/submission")
	ResponseEntity<byte[]> submission(PortalUser citizen, @PathVariable String reference, Locale locale) {
		return this.receipts.ofSubmission(citizen.id(), reference, locale).toResponse();
	}

	@GetMapping("/api/requests/{reference}/receipts/payments/{paymentId}")
	ResponseEntity<byte[]> payment(PortalUser citizen, @PathVariable String reference, @PathVariable String paymentId,
			Locale locale) {
		return this.receipts.ofPayment(citizen.id(), reference, paymentId, locale).toResponse();
	}

}
