package org.eservices.portal.attachments;

/**
 * What a file is attached to: a submitted request, or a citizen's draft of an e-service.
 */
record Owner(String reference, String serviceKey) {

	static Owner request(String reference) {
		return new Owner(reference, null);
	}

	static Owner draft(String serviceKey) {
		return new Owner(null, serviceKey);
	}

}
