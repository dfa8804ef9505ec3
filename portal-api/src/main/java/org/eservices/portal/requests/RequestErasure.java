package org.eservices.portal.requests;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a citizen's requests out of the platform's index (their timelines are in the same
 * rows), when the citizen erases their account.
 */
@Service
public class RequestErasure {

	private final ServiceRequestRepository requests;

	RequestErasure(ServiceRequestRepository requests) {
		this.requests = requests;
	}

	/**
	 * Through the persistence context: withdrawing the open ones just changed them there.
	 * @return how many requests
	 */
	@Transactional
	public int erase(String citizenId) {
		List<ServiceRequest> own = this.requests.findByCitizenIdOrderBySubmittedAtAscIdAsc(citizenId);
		this.requests.deleteAll(own);
		return own.size();
	}

}
