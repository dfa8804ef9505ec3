package org.eservices.portal.privacy;

/**
 * When the retention run starts, public for the engine's expression language.
 *
 * @param cycle a timer cycle: ISO 8601 repeating interval or a cron expression
 */
public record RetentionSchedule(String cycle) {

}
