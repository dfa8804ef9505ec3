package org.eservices.portal.privacy;

import java.util.List;

/**
 * Tells a person their account is erased, at the address they had, without keeping a copy
 * of the message (it would name them).
 */
public interface ErasureConfirmation {

	/**
	 * @param withdrawn the references of the requests that were still open
	 */
	void confirm(String email, String name, List<String> withdrawn);

}
