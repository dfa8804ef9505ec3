package org.eservices.portal.requests;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ServiceRequestRepository
		extends JpaRepository<ServiceRequest, Long>, JpaSpecificationExecutor<ServiceRequest> {

	Optional<ServiceRequest> findByReferenceAndCitizenId(String reference, String citizenId);

	Optional<ServiceRequest> findByCitizenIdAndIdempotencyKey(String citizenId, String idempotencyKey);

	Optional<ServiceRequest> findByProcessInstanceId(String processInstanceId);

	List<ServiceRequest> findByProcessInstanceIdIn(Collection<String> processInstanceIds);

	List<ServiceRequest> findByCitizenIdOrderBySubmittedAtAscIdAsc(String citizenId);

	Page<ServiceRequest> findByCitizenIdOrderBySubmittedAtDescIdDesc(String citizenId, Pageable pageable);

}
