package org.eservices.portal.documents;

import java.util.List;
import java.util.Locale;

import org.eservices.portal.audit.AuditKind;
import org.eservices.portal.audit.AuditLog;
import org.eservices.portal.security.PortalUser;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Admins list the documents issued to a request and revoke one. */
@RestController
class DocumentAdminController {

	private final IssuedDocuments documents;

	private final AuditLog auditLog;

	DocumentAdminController(IssuedDocuments documents, AuditLog auditLog) {
		this.documents = documents;
		this.auditLog = auditLog;
	}

	/** Audited as the request's other pages for staff are: it names the holder. */
	@GetMapping("/api/admin/documents")
	List<IssuedDocuments.DocumentRecord> list(PortalUser admin, @RequestParam String reference, Locale locale) {
		List<IssuedDocuments.DocumentRecord> records = this.documents.recordsOf(reference, locale);
		if (!records.isEmpty()) {
			this.auditLog.record(AuditKind.REQUEST_OPENED, admin.id(), reference,
					"Listed the documents issued to " + reference + ".");
		}
		return records;
	}

	@PostMapping("/api/admin/documents/{id}/revoke")
	IssuedDocuments.DocumentRecord revoke(PortalUser admin, @PathVariable String id,
			@RequestBody Revocation revocation) {
		return this.documents.revoke(id, revocation.reason(), admin.id());
	}

	record Revocation(String reason) {

	}

}
