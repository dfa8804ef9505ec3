package org.eservices.portal.problems;

/**
 * The request is valid but clashes with the resource's current state (409).
 */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

}
