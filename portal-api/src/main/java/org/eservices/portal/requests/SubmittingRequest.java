package org.eservices.portal.requests;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

/**
 * The request a submission is starting, handed to its process as a transient variable
 * (never stored): the first steps' milestones land on it. The engine still writes a
 * transient object value with its JSON format, when set and again at the command's end;
 * written as the reference alone that costs next to nothing, where the whole entity cost
 * about 7% of a submission (JFR profile of the submission benchmark).
 */
@JsonSerialize(using = ToStringSerializer.class)
record SubmittingRequest(ServiceRequest request) {

	@Override
	public String toString() {
		return this.request.getReference();
	}

}
