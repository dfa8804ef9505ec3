package org.eservices.portal.privacy;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long personal data is kept ({@code eservices.retention.*}); the engine's own
 * history goes by each process's time to live.
 *
 * @param decidedRequestsMonths a decided request and its documents, after its decision,
 * unless its e-service says otherwise ({@code eservice.retentionMonths})
 * @param drafts a draft nobody touched
 * @param messageBodies what the e-mails and SMS said (who got them, when and how stays)
 * @param auditEntries the audit log
 * @param cycle when the retention run starts (a timer cycle: ISO 8601 repeating interval
 * or a cron expression)
 * @param batch at most so many requests per e-service and run, so a run ends within its
 * job's lock; the rest go at the next run
 */
@ConfigurationProperties("eservices.retention")
public record RetentionSettings(@DefaultValue("12") int decidedRequestsMonths, @DefaultValue("30d") Duration drafts,
		@DefaultValue("90d") Duration messageBodies, @DefaultValue("P2Y") Period auditEntries,
		@DefaultValue("0 30 2 * * ?") String cycle, @DefaultValue("200") int batch) {

}
