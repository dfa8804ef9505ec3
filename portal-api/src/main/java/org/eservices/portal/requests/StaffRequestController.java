package org.eservices.portal.requests;

import java.util.Locale;

import org.eservices.portal.paging.PageResponse;
import org.eservices.portal.paging.PageResponse.PageRequest;
import org.eservices.portal.security.PortalUser;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff's request search: clerks and supervisors, over their departments' services.
 */
@RestController
class StaffRequestController {

	private final StaffRequestSearch search;

	StaffRequestController(StaffRequestSearch search) {
		this.search = search;
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

}
