package org.eservices.portal.problems;

/**
 * The resource does not exist, or the caller may not know that it does (answered alike:
 * 404).
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, String id) {
		super("No " + what + " '" + id + "'.");
	}

}
