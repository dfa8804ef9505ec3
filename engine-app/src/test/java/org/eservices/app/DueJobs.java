package org.eservices.app;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Runs a process instance's jobs by hand in tests, as the job executor would: only those
 * that are due (not timers waiting for their time), until none is left. A job that fails
 * is left with its exception and no retries.
 */
public final class DueJobs {

	private DueJobs() {
	}

	public static void run(ManagementService managementService, String processInstanceId) {
		for (int round = 0; round < 20; round++) {
			List<Job> due = managementService.createJobQuery().processInstanceId(processInstanceId).executable().list();
			if (due.isEmpty()) {
				return;
			}
			for (Job job : due) {
				try {
					managementService.executeJob(job.getId());
				}
				catch (RuntimeException ex) {
					managementService.setJobRetries(job.getId(), 0);
				}
			}
		}
		throw new AssertionError("Jobs of " + processInstanceId + " keep coming");
	}

}
