package org.eservices.portal.requests;

import java.util.List;
import java.util.Locale;

import org.eservices.portal.attachments.AttachmentInfo;
import org.eservices.portal.attachments.Attachments;
import org.eservices.portal.audit.AuditKind;
import org.eservices.portal.audit.AuditLog;
import org.eservices.portal.paging.PageResponse;
import org.eservices.portal.paging.PageResponse.PageRequest;
import org.eservices.portal.problems.NotFoundException;
import org.eservices.portal.security.PortalUser;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff's requests: clerks and supervisors search those of the e-services their
 * departments work and read one, open task or not (a decided request and what was issued
 * to it). Another department's request answers 404; every reading is in the audit log.
 */
@RestController
class StaffRequestController {

	private final StaffRequestSearch search;

	private final Requests requests;

	private final Attachments attachments;

	private final AuditLog auditLog;

	StaffRequestController(StaffRequestSearch search, Requests requests, Attachments attachments, AuditLog auditLog) {
		this.search = search;
		this.requests = requests;
		this.attachments = attachments;
		this.auditLog = auditLog;
	}

	@GetMapping("/api/workspace/requests")
	PageResponse<StaffRequestSearch.Row> search(PortalUser staff, @RequestParam(required = false) String reference,
			@RequestParam(required = false) String name, @RequestParam(required = false) String service,
			@RequestParam(required = false) String status, @RequestParam(required = false) String field,
			@RequestParam(required = false) String value, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, Locale locale) {
		return this.search.search(staff,
				new StaffRequestSearch.Criteria(reference, name, service, status, field, value),
				PageRequest.of(page, size), locale);
	}

	@GetMapping("/api/workspace/requests/{reference}")
	RequestView get(PortalUser staff, @PathVariable String reference, Locale locale) {
		RequestView view = this.requests.forStaffByReference(reference, this.search.servicesOf(staff), locale)
			.orElseThrow(() -> new NotFoundException("request", reference));
		this.auditLog.record(AuditKind.REQUEST_OPENED, staff.id(), reference, "Opened the request " + reference + ".");
		return view;
	}

	@GetMapping("/api/workspace/requests/{reference}/attachments")
	List<AttachmentInfo> attachments(PortalUser staff, @PathVariable String reference) {
		return AttachmentInfo.uploaded(this.attachments.of(visible(staff, reference)));
	}

	@GetMapping("/api/workspace/requests/{reference}/attachments/{id}")
	ResponseEntity<byte[]> download(PortalUser staff, @PathVariable String reference, @PathVariable String id) {
		ResponseEntity<byte[]> file = this.attachments.download(visible(staff, reference), id).toResponse();
		this.auditLog.record(AuditKind.DOCUMENT_OPENED, staff.id(), reference,
				"Downloaded document " + id + " of the request " + reference + ".");
		return file;
	}

	private String visible(PortalUser staff, String reference) {
		return this.requests.staffMayOpen(reference, this.search.servicesOf(staff))
			.map(ServiceRequest::getReference)
			.orElseThrow(() -> new NotFoundException("request", reference));
	}

}
