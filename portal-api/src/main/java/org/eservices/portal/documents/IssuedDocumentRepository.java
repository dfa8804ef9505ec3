package org.eservices.portal.documents;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface IssuedDocumentRepository extends JpaRepository<IssuedDocument, String> {

	Optional<IssuedDocument> findByVerificationCode(String verificationCode);

	List<IssuedDocument> findByReferenceOrderByIssuedAtAscIdAsc(String reference);

	Optional<IssuedDocument> findByIdAndReference(String id, String reference);

	@Modifying
	@Query("delete from IssuedDocument d where d.reference in ?1")
	int deleteOf(Collection<String> references);

}
