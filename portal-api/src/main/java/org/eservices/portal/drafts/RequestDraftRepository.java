package org.eservices.portal.drafts;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RequestDraftRepository extends JpaRepository<RequestDraft, Long> {

	Optional<RequestDraft> findByCitizenIdAndServiceKey(String citizenId, String serviceKey);

	List<RequestDraft> findByCitizenIdOrderBySavedAtDesc(String citizenId);

}
