package org.eservices.portal.requests;

import java.time.Instant;

/**
 * One entry of a request's timeline: a milestone reached, and when.
 *
 * @param activityId the flow node that reached it
 */
public record TimelineStep(String code, String label, String activityId, Instant reachedAt) {

}
