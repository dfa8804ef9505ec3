package org.eservices.portal.requests;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RequestMilestoneRepository extends JpaRepository<RequestMilestone, Long> {

	List<RequestMilestone> findByRequestIdOrderByReachedAtAscIdAsc(Long requestId);

}
