package org.eservices.connectors.webhook;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface WebhookEventRepository extends JpaRepository<WebhookEvent, Long> {

	Optional<WebhookEvent> findByProviderAndEventId(String provider, String eventId);

}
