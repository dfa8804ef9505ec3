package org.eservices.portal.privacy;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ErasureRequestRepository extends JpaRepository<ErasureRequest, Long> {

	Page<ErasureRequest> findAllByOrderByRequestedAtDescIdDesc(Pageable page);

}
