package org.eservices.portal.privacy;

import java.time.Instant;

import org.eservices.portal.paging.PageResponse;
import org.eservices.portal.paging.PageResponse.PageRequest;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The erasures asked for and done, for admins, newest first. */
@Service
class Erasures {

	private final ErasureRequestRepository requests;

	Erasures(ErasureRequestRepository requests) {
		this.requests = requests;
	}

	@Transactional(readOnly = true)
	PageResponse<Entry> find(PageRequest page) {
		Page<ErasureRequest> found = this.requests.findAllByOrderByRequestedAtDescIdDesc(
				org.springframework.data.domain.PageRequest.of(page.page(), page.size()));
		return PageResponse.of(found.getContent().stream().map(ErasureRequest::entry).toList(), page,
				found.getTotalElements());
	}

	/**
	 * @param pseudonym what the audit log calls the person now
	 * @param completedAt when everything was erased; none while it is not done
	 * @param summary what was erased and what was kept, in numbers
	 */
	record Entry(String pseudonym, Instant requestedAt, Instant completedAt, String summary) {

	}

}
