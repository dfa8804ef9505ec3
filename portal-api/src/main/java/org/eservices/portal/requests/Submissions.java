package org.eservices.portal.requests;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManager;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.eservices.contract.ProcessVariables;
import org.eservices.portal.catalog.EService;
import org.eservices.portal.catalog.ServiceCatalog;
import org.eservices.portal.drafts.Drafts;
import org.eservices.portal.forms.FormValidator;
import org.eservices.portal.forms.ValidatedData;
import org.eservices.portal.problems.NotFoundException;
import org.eservices.portal.reports.ReportTally;
import org.eservices.portal.security.PortalUser;
import org.eservices.portal.variables.VariableJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a citizen's start-form data into a request: validated against the deployed form,
 * stored under a new reference number, and started as a process instance, all in one
 * transaction; a retry with the same idempotency key gets the first request.
 */
@Service
@EnableConfigurationProperties(PortalSettings.class)
public class Submissions {

	private static final Logger log = LoggerFactory.getLogger(Submissions.class);

	private final ServiceCatalog catalog;

	private final FormValidator validator;

	private final Idempotency idempotency;

	private final RequestNumbers numbers;

	private final EntityManager entityManager;

	private final RuntimeService runtimeService;

	private final VariableJson variableJson;

	private final PortalSettings settings;

	private final Clock clock;

	private final Drafts drafts;

	private final TransactionTemplate transactions;

	private final TransactionTemplate readOnly;

	private final MeterRegistry metrics;

	private final ReportTally tally;

	Submissions(ServiceCatalog catalog, FormValidator validator, Idempotency idempotency, RequestNumbers numbers,
			EntityManager entityManager, RuntimeService runtimeService, VariableJson variableJson,
			PortalSettings settings, Clock clock, Drafts drafts, PlatformTransactionManager transactionManager,
			MeterRegistry metrics, ReportTally tally) {
		this.metrics = metrics;
		this.tally = tally;
		this.catalog = catalog;
		this.validator = validator;
		this.idempotency = idempotency;
		this.numbers = numbers;
		this.entityManager = entityManager;
		this.runtimeService = runtimeService;
		this.variableJson = variableJson;
		this.settings = settings;
		this.clock = clock;
		this.drafts = drafts;
		this.transactions = new TransactionTemplate(transactionManager);
		this.readOnly = new TransactionTemplate(transactionManager);
		this.readOnly.setReadOnly(true);
	}

	/**
	 * Validates the data, stores the request and starts its process, in one transaction.
	 * @param idempotencyKey optional; a second call with the same key returns the first
	 * request, also when both run at once
	 */
	public Submission submit(PortalUser citizen, String serviceKey, ObjectNode data, String idempotencyKey) {
		String hash = (idempotencyKey != null) ? this.idempotency.fingerprint(serviceKey, data) : null;
		try {
			Submission submission = this.transactions.execute((status) -> replay(citizen, idempotencyKey, hash)
				.orElseGet(() -> start(citizen, serviceKey, data, idempotencyKey, hash)));
			if (!submission.replayed()) {
				log.info("Submitted {} to {}", submission.request().getReference(), serviceKey);
				counted(serviceKey);
			}
			return submission;
		}
		catch (DataIntegrityViolationException ex) {
			// a concurrent call with the same key stored its request first (the unique
			// key refused ours, and our process instance was rolled back with it):
			// answer with that one
			return this.readOnly.execute((status) -> replay(citizen, idempotencyKey, hash)).orElseThrow(() -> ex);
		}
	}

	private Submission start(PortalUser citizen, String serviceKey, ObjectNode data, String idempotencyKey,
			String hash) {
		EService service = this.catalog.find(serviceKey)
			.orElseThrow(() -> new NotFoundException("e-service", serviceKey));
		ValidatedData validated = this.validator.validate(this.catalog.startForm(service), data, Map.of())
			.requireFiles(() -> this.drafts.uploadedFiles(citizen.id(), serviceKey));
		ObjectNode accepted = validated.orThrow();
		ServiceRequest request = new ServiceRequest(this.numbers.next(), service, this.settings.timeZone(),
				citizen.id(), accepted.toString(), idempotencyKey, hash, this.clock.instant());
		ProcessInstance instance = this.runtimeService.createProcessInstanceById(service.definitionId())
			.businessKey(request.getReference())
			.setVariables(this.variableJson.toVariables(accepted))
			.setVariable(ProcessVariables.CITIZEN_ID, citizen.id())
			// the first steps' milestones land on this object (MilestoneRecorder)
			.setVariable(RequestVariables.SUBMITTING,
					Variables.objectValue(new SubmittingRequest(request), true).create())
			.execute();
		request.started(instance.getId());
		request.applicant(accepted.path("applicantName").isTextual() ? accepted.get("applicantName").asText() : null);
		// stored complete, so one insert at commit (stored before the start, Hibernate
		// would insert the state of then and update it at commit)
		this.entityManager.persist(request);
		this.tally.submitted(service.key(), request.getSubmittedAt(), service.fee() == null);
		this.drafts.submittedAs(citizen.id(), serviceKey, request.getReference(), validated.files().values());
		return new Submission(request, false);
	}

	/**
	 * {@code eservices_submissions_total{service}}: requests made, since this node
	 * started.
	 */
	private void counted(String serviceKey) {
		Counter.builder("eservices.submissions")
			.description("Requests submitted")
			.tag("service", serviceKey)
			.register(this.metrics)
			.increment();
	}

	private Optional<Submission> replay(PortalUser citizen, String idempotencyKey, String fingerprint) {
		return this.idempotency.earlier(citizen.id(), idempotencyKey, fingerprint)
			.map((request) -> new Submission(request, true));
	}

	/**
	 * @param replayed whether an earlier call with the same idempotency key created it
	 */
	public record Submission(ServiceRequest request, boolean replayed) {

	}

}
