package org.eservices.portal.drafts;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RequestDraftRepository extends JpaRepository<RequestDraft, Long> {

	Optional<RequestDraft> findByCitizenIdAndServiceKey(String citizenId, String serviceKey);

	List<RequestDraft> findByCitizenIdOrderBySavedAtDesc(String citizenId);

	@Modifying
	@Query("delete from RequestDraft d where d.citizenId = ?1 and d.serviceKey = ?2")
	int deleteByCitizenIdAndServiceKey(String citizenId, String serviceKey);

}
