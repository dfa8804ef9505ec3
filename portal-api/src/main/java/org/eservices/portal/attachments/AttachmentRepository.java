package org.eservices.portal.attachments;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AttachmentRepository extends JpaRepository<Attachment, String> {

	String INFO = "select new org.eservices.portal.attachments.AttachmentInfo(a.id, a.filename, a.contentType, "
			+ "a.sizeBytes, a.uploadedAt, a.formField, a.issued) from Attachment a ";

	/** The list without the files' bytes. */
	@Query(INFO + "where a.reference = ?1 order by a.uploadedAt, a.id")
	List<AttachmentInfo> listOf(String reference);

	@Query(INFO + "where a.reference = ?1 and a.internal = false order by a.uploadedAt, a.id")
	List<AttachmentInfo> listForCitizenOf(String reference);

	@Query(INFO + "where a.reference = ?1 and a.internal = true order by a.uploadedAt, a.id")
	List<AttachmentInfo> listStaffsOf(String reference);

	@Query(INFO + "where a.citizenId = ?1 and a.serviceKey = ?2 and a.reference is null order by a.uploadedAt, a.id")
	List<AttachmentInfo> listOfDraft(String citizenId, String serviceKey);

	Optional<Attachment> findByIdAndReference(String id, String reference);

	Optional<Attachment> findByIdAndReferenceAndInternalFalse(String id, String reference);

	Optional<Attachment> findByIdAndCitizenIdAndServiceKeyAndReferenceIsNull(String id, String citizenId,
			String serviceKey);

	long countByReferenceAndInternalAndIssuedFalse(String reference, boolean internal);

	long countByCitizenIdAndServiceKeyAndReferenceIsNull(String citizenId, String serviceKey);

	@Modifying
	@Query("update Attachment a set a.reference = ?3, a.serviceKey = null "
			+ "where a.citizenId = ?1 and a.serviceKey = ?2 and a.reference is null")
	int moveDraftTo(String citizenId, String serviceKey, String reference);

	@Modifying
	@Query("delete from Attachment a where a.citizenId = ?1 and a.serviceKey = ?2 and a.reference is null")
	int deleteDraft(String citizenId, String serviceKey);

	@Modifying
	@Query("delete from Attachment a where a.citizenId = ?1 and a.serviceKey = ?2 and a.reference is null "
			+ "and a.formField is not null and a.formField not in ?3")
	int deleteDraftPickerFilesExcept(String citizenId, String serviceKey, Collection<String> answered);

	@Modifying
	@Query("delete from Attachment a where a.citizenId = ?1 and a.serviceKey = ?2 and a.reference is null "
			+ "and a.formField is not null")
	int deleteDraftPickerFiles(String citizenId, String serviceKey);

	@Modifying
	@Query("delete from Attachment a where a.reference in ?1")
	int deleteOf(Collection<String> references);

	@Modifying
	@Query("delete from Attachment a where a.citizenId = ?1 and a.reference is null")
	int deleteDraftsOf(String citizenId);

}
