package org.eservices.portal.requests;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eservices.portal.problems.UnprocessableException;

import org.springframework.stereotype.Component;

/**
 * A submission's {@code Idempotency-Key}: a retry with the key gets the request the first
 * call made, and the key cannot be reused for other data. What was sent is compared by a
 * fingerprint of the e-service and the data, whatever the order of their keys.
 */
@Component
class Idempotency {

	private final ServiceRequestRepository requests;

	private final ObjectMapper canonical;

	Idempotency(ServiceRequestRepository requests, ObjectMapper mapper) {
		this.requests = requests;
		this.canonical = mapper.copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
	}

	/**
	 * The same for the same e-service and data, also with their keys in another order.
	 */
	String fingerprint(String serviceKey, ObjectNode data) {
		try {
			byte[] canonicalJson = this.canonical
				.writeValueAsBytes(Map.of("service", serviceKey, "data", this.canonical.convertValue(data, Map.class)));
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonicalJson));
		}
		catch (JsonProcessingException | NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The request an earlier call of the citizen with this key made, if any.
	 * @param key the key sent, or null for none
	 * @throws UnprocessableException if that call sent other data
	 */
	Optional<ServiceRequest> earlier(String citizenId, String key, String fingerprint) {
		if (key == null) {
			return Optional.empty();
		}
		return this.requests.findByCitizenIdAndIdempotencyKey(citizenId, key).map((request) -> {
			if (!Objects.equals(request.getRequestHash(), fingerprint)) {
				throw new UnprocessableException("Idempotency key reused",
						"The Idempotency-Key was already used for a different submission (" + request.getReference()
								+ "). Use a new key for new data.");
			}
			return request;
		});
	}

}
