package org.eservices.portal.privacy;

/**
 * Where sign-in accounts live when it is not the engine's own identity tables (Keycloak):
 * an erasure removes the account there too.
 */
public interface AccountDirectory {

	/**
	 * @throws RuntimeException when the directory cannot be reached: the erasure then
	 * changes nothing and can be asked for again
	 */
	void remove(String userId);

}
