package org.eservices.portal.documents;

import java.util.Locale;

import org.eservices.portal.problems.NotFoundException;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public check of an issued document, by the code on it (its QR code leads to the
 * portal's page {@code /verify/{code}}, which asks here). No sign-in; limited per client
 * address.
 */
@RestController
class VerificationController {

	static final String PATH = "/api/verify/**";

	private final IssuedDocuments documents;

	VerificationController(IssuedDocuments documents) {
		this.documents = documents;
	}

	@GetMapping("/api/verify/{code}")
	ResponseEntity<IssuedDocuments.Verification> verify(@PathVariable String code, Locale locale) {
		// never cached: a revocation must show at once
		return this.documents.verify(code, locale)
			.map((verification) -> ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(verification))
			.orElseThrow(() -> new NotFoundException("document with the code", code));
	}

}
