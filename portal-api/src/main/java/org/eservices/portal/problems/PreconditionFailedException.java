package org.eservices.portal.problems;

/**
 * The client's copy is not the current one: it changed since the client read it (412).
 */
public class PreconditionFailedException extends RuntimeException {

	public PreconditionFailedException(String message) {
		super(message);
	}

}
