package org.eservices.portal.audit;

import java.time.Instant;

/**
 * An audit entry as admins read it.
 *
 * @param id increasing with each entry
 * @param occurredAt when it happened
 * @param kind what happened
 * @param actor who did it: a user id, or {@code system} for the platform itself
 * @param subject what it was done to: a request reference, a deployment, a user
 * @param detail a sentence for people
 * @param clientAddress where the call came from, when it came over HTTP
 */
public record AuditEntry(long id, Instant occurredAt, AuditKind kind, String actor, String subject, String detail,
		String clientAddress) {

}
