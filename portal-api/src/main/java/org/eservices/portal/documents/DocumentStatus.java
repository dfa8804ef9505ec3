package org.eservices.portal.documents;

import com.fasterxml.jackson.annotation.JsonValue;

/** What the verification page says of a document. */
public enum DocumentStatus {

	VALID, REVOKED, EXPIRED;

	@JsonValue
	String json() {
		return name().toLowerCase();
	}

}
