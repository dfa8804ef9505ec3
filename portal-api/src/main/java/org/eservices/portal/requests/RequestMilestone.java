package org.eservices.portal.requests;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One entry of a request's timeline: a milestone reached, and when.
 */
@Entity
@Table(name = "request_milestone")
public class RequestMilestone {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "request_milestone_seq")
	@SequenceGenerator(name = "request_milestone_seq", sequenceName = "request_milestone_seq", allocationSize = 50)
	private Long id;

	private Long requestId;

	private String code;

	private String label;

	private String activityId;

	private Instant reachedAt;

	protected RequestMilestone() {
	}

	RequestMilestone(Long requestId, String code, String label, String activityId, Instant reachedAt) {
		this.requestId = requestId;
		this.code = code;
		this.label = label;
		this.activityId = activityId;
		this.reachedAt = reachedAt;
	}

	public String getCode() {
		return this.code;
	}

	public String getLabel() {
		return this.label;
	}

	public Instant getReachedAt() {
		return this.reachedAt;
	}

}
