package org.eservices.portal.privacy;

/**
 * A store beyond the portal's own tables that holds personal data (the connectors'
 * payment ledger, message log and notification preferences). It adds its part to a
 * person's data export and erases it with their account. The module that owns the store
 * provides it, so the portal stays unaware of the store.
 */
public interface PersonalDataPart {

	/** Its name in the export, e.g. {@code payments}. */
	String name();

	/** What it holds of the person, as values Jackson writes. */
	Object export(CitizenRecords citizen);

	/**
	 * Erases the person's data; what the law makes the body keep goes to
	 * {@code retained}, reduced to what it must keep.
	 * @return how many records it erased
	 */
	int erase(CitizenRecords citizen, RetainedRecords retained);

}
