package org.eservices.portal.sla;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TaskDeadlineRepository extends JpaRepository<TaskDeadline, String> {

	List<TaskDeadline> findByTaskIdInAndEscalatedAtIsNotNull(Collection<String> taskIds);

}
