package org.eservices.portal.privacy;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RetainedRecordRepository extends JpaRepository<RetainedRecord, Long> {

	long countByKeptUntilBefore(Instant now);

	@Modifying
	@Query("delete from RetainedRecord r where r.keptUntil < ?1")
	int deleteExpired(Instant now);

}
