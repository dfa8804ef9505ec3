package org.eservices.connectors.payment;

/**
 * @param cycle ISO 8601 repeating interval of the reconciliation timer, e.g.
 * {@code R/PT5M}
 */
public record ReconciliationSchedule(String cycle) {

}
