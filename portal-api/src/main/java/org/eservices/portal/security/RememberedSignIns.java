package org.eservices.portal.security;

/**
 * Password checks this node remembers for a short time (HTTP Basic): an erased account
 * must stop signing in at once, not when the memory runs out.
 */
public interface RememberedSignIns {

	void forget(String userId);

}
