package org.eservices.portal.requests;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eservices.portal.catalog.EService;
import org.eservices.portal.problems.UnprocessableException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * A retry with the same key gets the first request, however its client ordered the JSON;
 * the key cannot be reused for other data. The request index is the one port, stubbed.
 */
class IdempotencyTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final EService SERVICE = new EService("business-licence", "Business licence", "", "General", "BL",
			null, null, List.of(), 1, "business-licence:1:1", List.of(), List.of(), null, Set.of(), null, null);

	private final ServiceRequestRepository requests = mock(ServiceRequestRepository.class);

	private final Idempotency idempotency = new Idempotency(this.requests, JSON);

	@Test
	void theSameDataInAnotherOrderHasTheSameFingerprintAndOtherDataAnother() throws Exception {
		String first = this.idempotency.fingerprint("business-licence",
				json("{\"name\": \"Tea\", \"address\": {\"street\": \"Main\", \"zip\": \"1\"}, \"employees\": 3}"));
		String reordered = this.idempotency.fingerprint("business-licence",
				json("{\"employees\": 3, \"address\": {\"zip\": \"1\", \"street\": \"Main\"}, \"name\": \"Tea\"}"));

		assertThat(reordered).isEqualTo(first);
		assertThat(this.idempotency.fingerprint("business-licence", json("{\"name\": \"Tea\", \"employees\": 4}")))
			.isNotEqualTo(first);
		assertThat(this.idempotency.fingerprint("dog-licence",
				json("{\"name\": \"Tea\", \"address\": {\"street\": \"Main\", \"zip\": \"1\"}, \"employees\": 3}")))
			.as("another e-service")
			.isNotEqualTo(first);
	}

	@Test
	void aRetryWithTheKeyGetsTheFirstRequestAndOtherDataIsRefused() throws Exception {
		String fingerprint = this.idempotency.fingerprint("business-licence", json("{\"name\": \"Tea\"}"));
		ServiceRequest first = new ServiceRequest(42, SERVICE, ZoneOffset.UTC, "anna", "{\"name\": \"Tea\"}", "key-1",
				fingerprint, Instant.parse("2026-12-02T10:00:00Z"));
		given(this.requests.findByCitizenIdAndIdempotencyKey("anna", "key-1")).willReturn(Optional.of(first));

		assertThat(this.idempotency.earlier("anna", "key-1", fingerprint)).containsSame(first);
		assertThatThrownBy(() -> this.idempotency.earlier("anna", "key-1",
				this.idempotency.fingerprint("business-licence", json("{\"name\": \"Other\"}"))))
			.isInstanceOf(UnprocessableException.class)
			.hasMessageContaining(first.getReference());
		assertThat(this.idempotency.earlier("anna", "key-2", fingerprint)).as("a new key").isEmpty();
		assertThat(this.idempotency.earlier("anna", null, fingerprint)).as("no key").isEmpty();
	}

	private static ObjectNode json(String text) throws Exception {
		return (ObjectNode) JSON.readTree(text);
	}

}
