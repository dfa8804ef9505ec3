package org.eservices.connectors.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

	Optional<Notification> findByIdempotencyKey(String idempotencyKey);

	List<Notification> findByBusinessKeyOrderByCreatedAtAscIdAsc(String businessKey);

	List<Notification> findByBusinessKeyInOrderByCreatedAtAscIdAsc(Collection<String> businessKeys);

	/**
	 * Every message about the requests: the citizen's and the staff's about their cases.
	 */
	@Modifying
	@Query("delete from Notification n where n.businessKey in ?1 or n.processInstanceId in ?2")
	int deleteAbout(Collection<String> businessKeys, Collection<String> processInstanceIds);

	List<Notification> findAllByOrderByCreatedAtDescIdDesc(Pageable pageable);

	Optional<Notification> findByProviderAndProviderMessageId(String provider, String providerMessageId);

	@Query("select count(n) from Notification n where n.createdAt < ?1 and n.body <> ''")
	long countWithTextBefore(Instant before);

	/** Who got what kind of message, when and how stays; what it said goes. */
	@Modifying
	@Query("update Notification n set n.body = '', n.subject = null where n.createdAt < ?1 and n.body <> ''")
	int eraseTextBefore(Instant before);

}
