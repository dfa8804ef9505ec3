package org.eservices.portal.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.eservices.portal.attachments.Attachments;
import org.eservices.portal.documents.IssuedDocuments;
import org.eservices.portal.requests.RequestErasure;
import org.eservices.portal.requests.Requests;
import org.eservices.portal.requests.ServiceRequest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases requests from every store: open ones are withdrawn first; the engine's runtime
 * and history of their cases (variables, tasks, comments), the request index, their
 * documents and each other store's part (payments, messages) go. What the law makes the
 * body keep stays as retained records: a decided request's outcome (a licence number) and
 * the payments that took money. For an erased account and for requests whose retention
 * ended.
 */
@Service
class CaseErasure {

	static final String DECISIONS = "Register of decisions: the licences and certificates the public body issued";

	private final RuntimeService runtimeService;

	private final HistoryService historyService;

	private final Requests requests;

	private final RequestErasure requestErasure;

	private final Attachments attachments;

	private final List<PersonalDataPart> parts;

	private final RetainedRecords retained;

	private final IssuedDocuments issued;

	CaseErasure(RuntimeService runtimeService, HistoryService historyService, Requests requests,
			RequestErasure requestErasure, Attachments attachments, List<PersonalDataPart> parts,
			RetainedRecords retained, IssuedDocuments issued) {
		this.issued = issued;
		this.runtimeService = runtimeService;
		this.historyService = historyService;
		this.requests = requests;
		this.requestErasure = requestErasure;
		this.attachments = attachments;
		this.parts = parts;
		this.retained = retained;
	}

	/**
	 * @param citizenId whose account goes with them; {@code null} when only these
	 * requests go
	 * @param withdrawal why open ones are withdrawn, for the engine's history
	 */
	@Transactional
	Result erase(String citizenId, List<ServiceRequest> requests, String withdrawal) {
		List<String> references = requests.stream().map(ServiceRequest::getReference).toList();
		List<String> withdrawn = requests.stream()
			.filter((request) -> request.getClosedAt() == null)
			.map(ServiceRequest::getReference)
			.toList();
		int decisions = keepDecisions(requests);
		// every case about them: the e-service's, and the platform's under the same
		// reference (a late payment's refund)
		List<HistoricProcessInstance> cases = references.isEmpty() ? List.of()
				: this.historyService.createHistoricProcessInstanceQuery()
					.processInstanceBusinessKeyIn(references.toArray(String[]::new))
					.list();
		cases.stream()
			.filter((instance) -> instance.getEndTime() == null)
			.forEach((instance) -> this.runtimeService.deleteProcessInstance(instance.getId(), withdrawal));
		List<String> instances = cases.stream().map(HistoricProcessInstance::getId).toList();
		CitizenRecords records = new CitizenRecords(citizenId, references, instances);

		Map<String, Integer> erased = new LinkedHashMap<>();
		for (PersonalDataPart part : this.parts) {
			erased.put(part.name(), part.erase(records, this.retained));
		}
		if (!instances.isEmpty()) {
			this.historyService.deleteHistoricProcessInstancesIfExists(instances);
		}
		erased.put("cases", instances.size());
		erased.put("documents", this.attachments.eraseOf(references));
		erased.put("issued documents", this.issued.eraseOf(references));
		erased.put("requests", this.requestErasure.erase(requests));
		return new Result(erased, withdrawn, decisions);
	}

	/** What a decided request's outcome says (a licence number) outlives the request. */
	private int keepDecisions(List<ServiceRequest> requests) {
		int kept = 0;
		for (ServiceRequest request : requests) {
			if (request.getClosedAt() == null) {
				continue;
			}
			Map<String, Object> outcome = this.requests.outcomeOf(request);
			if (!outcome.isEmpty()) {
				Map<String, Object> fields = new LinkedHashMap<>();
				fields.put("service", request.getServiceKey());
				fields.put("status", request.getStatus());
				fields.put("decidedAt", request.getClosedAt());
				fields.putAll(outcome);
				this.retained.keep(request.getReference(), "decision", fields, DECISIONS);
				kept++;
			}
		}
		return kept;
	}

	/**
	 * @param erased how many records each store erased
	 * @param withdrawn the references of the requests that were still open
	 * @param decisions how many outcomes were kept as retained records
	 */
	record Result(Map<String, Integer> erased, List<String> withdrawn, int decisions) {

	}

}
