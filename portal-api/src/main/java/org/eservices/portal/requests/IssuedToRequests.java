package org.eservices.portal.requests;

import java.util.List;
import java.util.Locale;

/**
 * Port to the documents the platform issued to requests (licences, certificates), which a
 * request's view lists.
 */
@FunctionalInterface
public interface IssuedToRequests {

	List<RequestView.IssuedDocument> of(String reference, Locale locale);

}
