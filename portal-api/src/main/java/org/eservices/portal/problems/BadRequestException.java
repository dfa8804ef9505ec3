package org.eservices.portal.problems;

/** A request the API cannot serve as asked (a header or parameter out of bounds): 400. */
public class BadRequestException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public BadRequestException(String message) {
		super(message);
	}

}
