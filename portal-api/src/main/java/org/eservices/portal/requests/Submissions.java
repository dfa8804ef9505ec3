package org.eservices.portal.requests;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.persistence.EntityManager;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.eservices.portal.catalog.EService;
import org.eservices.portal.catalog.ServiceCatalog;
import org.eservices.portal.drafts.Drafts;
import org.eservices.portal.forms.FormValidator;
import org.eservices.portal.problems.NotFoundException;
import org.eservices.portal.problems.UnprocessableException;
import org.eservices.portal.security.PortalUser;
import org.eservices.portal.variables.VariableJson;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a citizen's start-form data into a request: validated against the deployed form,
 * indexed under a new reference number, and started as a process instance, all in one
 * transaction.
 */
@Service
@EnableConfigurationProperties(PortalSettings.class)
public class Submissions {

	private final ServiceCatalog catalog;

	private final FormValidator validator;

	private final ServiceRequestRepository requests;

	private final RequestNumbers numbers;

	private final EntityManager entityManager;

	private final RuntimeService runtimeService;

	private final VariableJson variableJson;

	private final ObjectMapper canonical;

	private final PortalSettings settings;

	private final Clock clock;

	private final Drafts drafts;

	Submissions(ServiceCatalog catalog, FormValidator validator, ServiceRequestRepository requests,
			RequestNumbers numbers, EntityManager entityManager, RuntimeService runtimeService,
			VariableJson variableJson, ObjectMapper mapper, PortalSettings settings, Clock clock, Drafts drafts) {
		this.catalog = catalog;
		this.validator = validator;
		this.requests = requests;
		this.numbers = numbers;
		this.entityManager = entityManager;
		this.runtimeService = runtimeService;
		this.variableJson = variableJson;
		this.canonical = mapper.copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
		this.settings = settings;
		this.clock = clock;
		this.drafts = drafts;
	}

	/**
	 * @param idempotencyKey optional; a second call with the same key returns the first
	 * request
	 */
	@Transactional
	public Submission submit(PortalUser citizen, String serviceKey, ObjectNode data, String idempotencyKey) {
		String hash = (idempotencyKey != null) ? hash(serviceKey, data) : null;
		Optional<Submission> earlier = replay(citizen, idempotencyKey, hash);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		EService service = this.catalog.find(serviceKey)
			.orElseThrow(() -> new NotFoundException("e-service", serviceKey));
		ObjectNode accepted = this.validator.validate(this.catalog.startForm(service), data, Map.of()).orThrow();

		ServiceRequest request = new ServiceRequest(this.numbers.next(), service, this.settings.timeZone(),
				citizen.id(), accepted.toString(), idempotencyKey, hash, this.clock.instant());
		ProcessInstance instance = SubmissionInProgress.whileStarting(request,
				() -> this.runtimeService.createProcessInstanceById(service.definitionId())
					.businessKey(request.getReference())
					.setVariables(this.variableJson.toVariables(accepted))
					.setVariable(RequestVariables.CITIZEN_ID, citizen.id())
					.execute());
		request.started(instance.getId());
		// stored once it is complete: one insert at commit. A concurrent retry with the
		// same idempotency key then waits on the unique key, fails, and rolls back its
		// process instance too.
		this.entityManager.persist(request);
		this.drafts.submittedAs(citizen.id(), serviceKey, request.getReference());
		return new Submission(request, false);
	}

	/** The request an earlier call with this idempotency key created, if any. */
	@Transactional(readOnly = true)
	public Optional<Submission> replay(PortalUser citizen, String idempotencyKey, String serviceKey, ObjectNode data) {
		return replay(citizen, idempotencyKey, hash(serviceKey, data));
	}

	private Optional<Submission> replay(PortalUser citizen, String idempotencyKey, String hash) {
		if (idempotencyKey == null) {
			return Optional.empty();
		}
		return this.requests.findByCitizenIdAndIdempotencyKey(citizen.id(), idempotencyKey).map((request) -> {
			if (!Objects.equals(request.getRequestHash(), hash)) {
				throw new UnprocessableException("Idempotency key reused",
						"The Idempotency-Key was already used for a different submission (" + request.getReference()
								+ "). Use a new key for new data.");
			}
			return new Submission(request, true);
		});
	}

	private String hash(String serviceKey, ObjectNode data) {
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
	 * @param replayed whether an earlier call with the same idempotency key created it
	 */
	public record Submission(ServiceRequest request, boolean replayed) {

	}

}
