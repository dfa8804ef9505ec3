package org.eservices.connectors;

/**
 * A provider refused a message or could not be reached; the job retries, then raises an
 * incident with this message.
 */
public class ProviderException extends RuntimeException {

	public ProviderException(String message) {
		super(message);
	}

	public ProviderException(String message, Throwable cause) {
		super(message, cause);
	}

}
