package org.eservices.portal.catalog;

import java.util.List;
import java.util.Set;

/**
 * The latest deployed version of an e-service, as the catalog shows it.
 *
 * @param key process definition key, the e-service's stable id
 * @param referencePrefix first part of its reference numbers, e.g. {@code BL}
 * @param citizenVariables process variables the applicant may read (e.g. a licence
 * number)
 * @param fee what applying costs, in words (the amount itself may come from a decision
 * table)
 * @param requirements what an applicant needs at hand
 * @param milestones the steps a request can go through, in model order
 * @param reminderWorkingDays how many working days before a staff task is due its people
 * are reminded ({@code eservice.reminderWorkingDays}); the platform's default if none
 * @param departments the candidate groups its user tasks name: whose clerks work it
 * @param retentionMonths how long a decided request and its documents are kept
 * ({@code eservice.retentionMonths}); the platform's default if none
 * @param keepRecordsYears how long its payments and issued decisions are kept, reduced,
 * after their request went ({@code eservice.keepRecordsYears}); the platform's default if
 * none
 */
public record EService(String key, String name, String description, String category, String referencePrefix,
		Integer processingDays, String fee, List<String> requirements, int version, String definitionId,
		List<String> citizenVariables, List<Milestone> milestones, Integer reminderWorkingDays, Set<String> departments,
		Integer retentionMonths, Integer keepRecordsYears) {

	/** The same e-service with what citizens read of it in another language. */
	public EService withTexts(String name, String description, String fee, List<String> requirements,
			List<Milestone> milestones) {
		return new EService(this.key, name, description, this.category, this.referencePrefix, this.processingDays, fee,
				requirements, this.version, this.definitionId, this.citizenVariables, milestones,
				this.reminderWorkingDays, this.departments, this.retentionMonths, this.keepRecordsYears);
	}

}
