package org.eservices.portal.problems;

/**
 * Well-formed, but cannot be processed as asked (422).
 */
public class UnprocessableException extends RuntimeException {

	private final String title;

	public UnprocessableException(String title, String message) {
		super(message);
		this.title = title;
	}

	public String title() {
		return this.title;
	}

}
