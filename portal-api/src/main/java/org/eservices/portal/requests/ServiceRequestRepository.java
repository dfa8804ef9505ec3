package org.eservices.portal.requests;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ServiceRequestRepository
		extends JpaRepository<ServiceRequest, Long>, JpaSpecificationExecutor<ServiceRequest> {

	Optional<ServiceRequest> findByReferenceAndCitizenId(String reference, String citizenId);

	Optional<ServiceRequest> findByCitizenIdAndIdempotencyKey(String citizenId, String idempotencyKey);

	Optional<ServiceRequest> findByProcessInstanceId(String processInstanceId);

	List<ServiceRequest> findByProcessInstanceIdIn(Collection<String> processInstanceIds);

	List<ServiceRequest> findByCitizenIdOrderBySubmittedAtAscIdAsc(String citizenId);

	@Query("select distinct r.serviceKey from ServiceRequest r where r.closedAt is not null")
	List<String> findServiceKeysWithClosedRequests();

	List<ServiceRequest> findByServiceKeyAndClosedAtBeforeOrderByClosedAtAsc(String serviceKey, Instant before,
			Pageable page);

	Page<ServiceRequest> findByCitizenIdOrderBySubmittedAtDescIdDesc(String citizenId, Pageable pageable);

}
