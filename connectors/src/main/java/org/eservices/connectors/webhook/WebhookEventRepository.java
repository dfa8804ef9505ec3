package org.eservices.connectors.webhook;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface WebhookEventRepository extends JpaRepository<WebhookEvent, Long> {

	Optional<WebhookEvent> findByProviderAndEventId(String provider, String eventId);

	/**
	 * Empties the payloads (the provider's copy of the payer's details) of the events
	 * about an object; their ids stay, so a replay still changes nothing.
	 */
	@Modifying
	@Query("update WebhookEvent e set e.payload = '{}' where e.payload like concat('%\"', ?1, '\"%')")
	int emptyPayloadsAbout(String providerObjectId);

}
