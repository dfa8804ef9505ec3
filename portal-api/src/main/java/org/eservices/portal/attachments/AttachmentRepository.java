package org.eservices.portal.attachments;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AttachmentRepository extends JpaRepository<Attachment, String> {

	/** The list without the files' bytes. */
	@Query("select new org.eservices.portal.attachments.AttachmentInfo(a.id, a.filename, a.contentType, a.sizeBytes, "
			+ "a.uploadedAt) from Attachment a where a.reference = ?1 order by a.uploadedAt, a.id")
	List<AttachmentInfo> listOf(String reference);

	Optional<Attachment> findByIdAndReference(String id, String reference);

}
