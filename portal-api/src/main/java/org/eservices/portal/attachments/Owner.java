package org.eservices.portal.attachments;

/**
 * What a file is attached to: a submitted request, or a citizen's draft of an e-service;
 * and whether it is the staff's own (attached through a task form), which the citizen
 * does not see.
 */
record Owner(String reference, String serviceKey, boolean internal) {

	static Owner request(String reference) {
		return new Owner(reference, null, false);
	}

	static Owner staffOf(String reference) {
		return new Owner(reference, null, true);
	}

	static Owner draft(String serviceKey) {
		return new Owner(null, serviceKey, false);
	}

}
