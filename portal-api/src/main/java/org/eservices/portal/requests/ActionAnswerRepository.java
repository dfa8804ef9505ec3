package org.eservices.portal.requests;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActionAnswerRepository extends JpaRepository<ActionAnswer, Long> {

	Optional<ActionAnswer> findByRequestIdAndIdempotencyKey(Long requestId, String idempotencyKey);

}
