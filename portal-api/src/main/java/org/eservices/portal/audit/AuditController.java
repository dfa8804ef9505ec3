package org.eservices.portal.audit;

import java.time.Instant;

import org.eservices.portal.paging.PageResponse;
import org.eservices.portal.paging.PageResponse.PageRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit log for admins: newest first, by kind, actor and time range.
 */
@RestController
class AuditController {

	private final AuditLog auditLog;

	AuditController(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@GetMapping("/api/admin/audit")
	PageResponse<AuditEntry> find(@RequestParam(required = false) AuditKind kind,
			@RequestParam(required = false) String actor, @RequestParam(required = false) Instant from,
			@RequestParam(required = false) Instant to, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return this.auditLog.find(kind, actor, from, to, PageRequest.of(page, size));
	}

}
