package org.eservices.portal.json;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;

/** A request body the API refuses to read, with the reason to show the client. */
public class UnreadableJsonException extends HttpMessageNotReadableException {

	private static final long serialVersionUID = 1L;

	UnreadableJsonException(String message, HttpInputMessage input) {
		super(message, input);
	}

}
