package org.eservices.portal.sla;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What the service-level watch did about one task: when its people were reminded, when it
 * was escalated to the supervisors. A task is reminded and escalated once.
 */
@Entity
@Table(name = "task_deadline")
class TaskDeadline {

	@Id
	private String taskId;

	private String processInstanceId;

	private String serviceKey;

	@Column(name = "due_at")
	private Instant due;

	private Instant remindedAt;

	private Instant escalatedAt;

	protected TaskDeadline() {
	}

	TaskDeadline(String taskId, String processInstanceId, String serviceKey, Instant due) {
		this.taskId = taskId;
		this.processInstanceId = processInstanceId;
		this.serviceKey = serviceKey;
		this.due = due;
	}

	boolean isReminded() {
		return this.remindedAt != null;
	}

	boolean isEscalated() {
		return this.escalatedAt != null;
	}

	void reminded(Instant at) {
		this.remindedAt = at;
	}

	void escalated(Instant at) {
		this.escalatedAt = at;
	}

	String getTaskId() {
		return this.taskId;
	}

	Instant getEscalatedAt() {
		return this.escalatedAt;
	}

}
