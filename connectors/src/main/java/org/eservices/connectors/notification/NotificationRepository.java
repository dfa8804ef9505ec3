package org.eservices.connectors.notification;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

	Optional<Notification> findByIdempotencyKey(String idempotencyKey);

	List<Notification> findByBusinessKeyOrderByCreatedAtAscIdAsc(String businessKey);

	List<Notification> findAllByOrderByCreatedAtDescIdDesc(Pageable pageable);

	Optional<Notification> findByProviderAndProviderMessageId(String provider, String providerMessageId);

}
