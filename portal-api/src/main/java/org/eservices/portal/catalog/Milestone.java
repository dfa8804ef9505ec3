package org.eservices.portal.catalog;

/**
 * A citizen-visible step of an e-service, marked on a BPMN flow node with the extension
 * properties {@code milestone} (a stable code, used as the request's status) and
 * {@code milestoneLabel} (what the citizen reads).
 */
public record Milestone(String code, String label) {

}
