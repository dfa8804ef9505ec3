package org.eservices.portal.attachments;

/**
 * What a file is attached to: a submitted request, or a citizen's draft of an e-service;
 * whether it is the staff's own (attached through a task form), which the citizen does
 * not see; and whether the platform issued it.
 */
record Owner(String reference, String serviceKey, boolean internal, boolean issued) {

	static Owner request(String reference) {
		return new Owner(reference, null, false, false);
	}

	static Owner staffOf(String reference) {
		return new Owner(reference, null, true, false);
	}

	static Owner draft(String serviceKey) {
		return new Owner(null, serviceKey, false, false);
	}

	/** A document the platform issued to the request (a licence): the citizen's too. */
	static Owner issuedTo(String reference) {
		return new Owner(reference, null, false, true);
	}

}
