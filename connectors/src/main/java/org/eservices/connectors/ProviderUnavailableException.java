package org.eservices.connectors;

/**
 * A provider that could not be reached, did not answer in time or answered that it is
 * failing or overloaded (HTTP 5xx, 429): the same call is worth trying again later, also
 * after the job's retries have run out (see {@code recovery.OutageRecovery}). A provider
 * that refused the call as such ({@link ProviderException}) would refuse it again.
 */
public class ProviderUnavailableException extends ProviderException {

	public ProviderUnavailableException(String message) {
		super(message);
	}

	public ProviderUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

	/**
	 * Whether an HTTP status says the provider is failing or busy, not refusing; no
	 * status (the SDK's own failure) says neither.
	 */
	public static boolean isUnavailable(Integer httpStatus) {
		return httpStatus != null && (httpStatus >= 500 || httpStatus == 429);
	}

}
