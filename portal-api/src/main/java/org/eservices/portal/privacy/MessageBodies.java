package org.eservices.portal.privacy;

import java.time.Instant;

/**
 * What the sent e-mails and SMS said, in the store that logs them (the connectors'):
 * after their retention only who got what kind of message, when, stays.
 */
public interface MessageBodies {

	long countSentBefore(Instant before);

	/**
	 * @return how many messages lost their text
	 */
	int eraseSentBefore(Instant before);

}
