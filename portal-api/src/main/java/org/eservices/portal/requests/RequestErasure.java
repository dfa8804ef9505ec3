package org.eservices.portal.requests;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes requests out of the platform's index (their timelines are in the same rows), when
 * their citizen erases their account or their retention ends.
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
	public int erase(List<ServiceRequest> requests) {
		this.requests.deleteAll(requests);
		return requests.size();
	}

}
