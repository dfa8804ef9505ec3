package org.eservices.portal.requests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.eservices.portal.catalog.EService;
import org.eservices.portal.catalog.ServiceCatalog;
import org.eservices.portal.catalog.Translations;
import org.eservices.portal.catalog.Translations.ServiceTexts;
import org.eservices.portal.i18n.Messages;
import org.eservices.portal.paging.PageResponse;
import org.eservices.portal.paging.PageResponse.PageRequest;
import org.eservices.portal.problems.NotFoundException;
import org.eservices.portal.requests.RequestView.TimelineEntry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads requests from the platform's index, for their citizen or for staff.
 */
@Service
@Transactional(readOnly = true)
public class Requests {

	private final ServiceRequestRepository requests;

	private final Translations translations;

	private final ServiceCatalog catalog;

	private final HistoryService historyService;

	private final ObjectMapper mapper;

	private final FeePayments payments;

	private final ServiceLevelClock clock;

	private final IssuedToRequests issued;

	Requests(ServiceRequestRepository requests, ServiceCatalog catalog, HistoryService historyService,
			ObjectMapper mapper, ObjectProvider<FeePayments> payments, Translations translations,
			ServiceLevelClock clock, ObjectProvider<IssuedToRequests> issued) {
		this.issued = issued.getIfAvailable(() -> (reference, locale) -> List.of());
		this.clock = clock;
		this.translations = translations;
		this.requests = requests;
		this.catalog = catalog;
		this.historyService = historyService;
		this.mapper = mapper;
		this.payments = payments.getIfAvailable(NoFees::new);
	}

	/** The e-services that have decided (closed) requests: for their retention. */
	public List<String> servicesWithClosedRequests() {
		return this.requests.findServiceKeysWithClosedRequests();
	}

	/** The oldest of an e-service's requests closed before the time, up to the limit. */
	public List<ServiceRequest> closedBefore(String serviceKey, Instant before, int limit) {
		return this.requests.findByServiceKeyAndClosedAtBeforeOrderByClosedAtAsc(serviceKey, before,
				org.springframework.data.domain.PageRequest.ofSize(limit));
	}

	/** All of a citizen's requests, oldest first: for their data export and erasure. */
	public List<ServiceRequest> allOf(String citizenId) {
		return this.requests.findByCitizenIdOrderBySubmittedAtAscIdAsc(citizenId);
	}

	/** In the citizen's language where the analyst translated the service's texts. */
	public PageResponse<RequestView> mine(String citizenId, PageRequest page, Locale locale) {
		Page<ServiceRequest> found = this.requests.findByCitizenIdOrderBySubmittedAtDescIdDesc(citizenId,
				org.springframework.data.domain.PageRequest.of(page.page(), page.size()));
		return PageResponse.of(
				found.getContent().stream().map((request) -> view(request, false, false, locale)).toList(), page,
				found.getTotalElements());
	}

	/** The e-service of a request, by its reference; empty if there is none such. */
	public Optional<String> serviceKeyOf(String reference) {
		return byReference(reference).map(ServiceRequest::getServiceKey);
	}

	/** The request with this reference, whoever's. */
	public Optional<ServiceRequest> byReference(String reference) {
		Long id = (reference != null) ? ServiceRequest.idOf(reference) : null;
		return Optional.ofNullable(id)
			.flatMap(this.requests::findById)
			.filter((request) -> reference.equals(request.getReference()));
	}

	/** A citizen's own request; another citizen's is answered as not found. */
	public ServiceRequest ownedBy(String citizenId, String reference) {
		return this.requests.findByReferenceAndCitizenId(reference, citizenId)
			.orElseThrow(() -> new NotFoundException("request", reference));
	}

	/** For its citizen, with the receipts to download. */
	public RequestView detail(ServiceRequest request, Locale locale) {
		return view(request, true, true, locale);
	}

	/** A request of an e-service the staff member's departments work, for them. */
	public Optional<RequestView> forStaffByReference(String reference, Collection<String> services, Locale locale) {
		return staffMayOpen(reference, services).map((request) -> view(request, true, false, locale));
	}

	/** The request, if it is of an e-service the staff member's departments work. */
	Optional<ServiceRequest> staffMayOpen(String reference, Collection<String> services) {
		return byReference(reference).filter((request) -> services.contains(request.getServiceKey()));
	}

	/**
	 * The request's e-service by name, in the language asked for where the analyst
	 * translated it.
	 */
	public String serviceNameOf(ServiceRequest request, Locale locale) {
		return this.translations.serviceTexts(request.getProcessDefinitionId(), request.getServiceKey(), locale)
			.name(request.getServiceName());
	}

	/** The request behind a process instance, for staff who may see its task. */
	public RequestView forStaff(String processInstanceId, Locale locale) {
		return this.requests.findByProcessInstanceId(processInstanceId)
			.map((request) -> view(request, true, false, locale))
			.orElse(null);
	}

	/** The request behind one process instance, if there is one. */
	public RequestView.Reference referenceOf(String processInstanceId) {
		return referencesOf(Set.of(processInstanceId)).get(processInstanceId);
	}

	public Map<String, RequestView.Reference> referencesOf(Collection<String> processInstanceIds) {
		if (processInstanceIds.isEmpty()) {
			return Map.of();
		}
		return this.requests.findByProcessInstanceIdIn(processInstanceIds)
			.stream()
			.collect(Collectors.toMap(ServiceRequest::getProcessInstanceId,
					(request) -> new RequestView.Reference(request.getReference(), request.getServiceKey(),
							request.getServiceName())));
	}

	private RequestView view(ServiceRequest request, boolean full, boolean citizen, Locale locale) {
		ServiceTexts texts = this.translations.serviceTexts(request.getProcessDefinitionId(), request.getServiceKey(),
				locale);
		List<TimelineEntry> timeline = full ? request.getTimeline()
			.stream()
			.map((step) -> new TimelineEntry(step.code(), texts.milestone(step.code(), step.label()), step.reachedAt()))
			.toList() : null;
		FeePayments.FeePayment payment = full ? payment(request) : null;
		return new RequestView(request.getReference(), request.getServiceKey(), texts.name(request.getServiceName()),
				request.getStatus(), texts.milestone(request.getStatus(), request.getStatusLabel()),
				request.getClosedAt() != null, request.getSubmittedAt(), request.getUpdatedAt(), request.getClosedAt(),
				full ? json(request.getSubmittedData()) : null, full ? form(request, locale) : null, timeline,
				full ? outcomeOf(request) : null, payment, full ? serviceLevel(request, payment) : null,
				full ? this.issued.of(request.getReference(), locale) : null,
				(full && citizen) ? receipts(request, locale) : null);
	}

	/** The submission's receipt, and one for each payment that took money. */
	private List<RequestView.Receipt> receipts(ServiceRequest request, Locale locale) {
		String base = "/api/requests/" + request.getReference() + "/receipts/";
		List<RequestView.Receipt> receipts = new ArrayList<>();
		receipts.add(new RequestView.Receipt("submission", Messages.in(locale, "receipt.submission"),
				request.getSubmittedAt(), null, null, base + "submission"));
		if (request.getProcessInstanceId() != null) {
			this.payments.allOf(request.getProcessInstanceId())
				.stream()
				.filter((payment) -> payment.paidAt() != null)
				.forEach((payment) -> receipts
					.add(new RequestView.Receipt("payment", Messages.in(locale, "receipt.payment"), payment.paidAt(),
							payment.amount(), payment.currency(), base + "payments/" + payment.id())));
		}
		return receipts;
	}

	/** Every payment of the request's case, oldest first. */
	public List<FeePayments.FeePayment> paymentsOf(ServiceRequest request) {
		return (request.getProcessInstanceId() != null) ? this.payments.allOf(request.getProcessInstanceId())
				: List.of();
	}

	/**
	 * The start form of the version the request was made with, whose labels and options
	 * its data is shown with, however the e-service changed since.
	 */
	private JsonNode form(ServiceRequest request, Locale locale) {
		return this.catalog.byDefinitionId(request.getProcessDefinitionId())
			.map((service) -> this.translations.translateForm(this.catalog.startForm(service).schema(),
					service.definitionId(), locale))
			.orElse(null);
	}

	private ServiceLevelClock.ServiceLevel serviceLevel(ServiceRequest request, FeePayments.FeePayment payment) {
		Integer target = this.catalog.byDefinitionId(request.getProcessDefinitionId())
			.map(EService::processingDays)
			.orElse(null);
		return this.clock.of(request, target, payment);
	}

	private FeePayments.FeePayment payment(ServiceRequest request) {
		return (request.getProcessInstanceId() != null)
				? this.payments.latestOf(request.getProcessInstanceId()).orElse(null) : null;
	}

	/**
	 * What its process gave the citizen to read (a licence number), without the rest of
	 * the request's view.
	 */
	public Map<String, Object> outcomeOf(ServiceRequest request) {
		List<String> visible = this.catalog.byDefinitionId(request.getProcessDefinitionId())
			.map(EService::citizenVariables)
			.orElse(List.of());
		if (visible.isEmpty() || request.getProcessInstanceId() == null) {
			return Map.of();
		}
		return this.historyService.createHistoricVariableInstanceQuery()
			.processInstanceId(request.getProcessInstanceId())
			.variableNameIn(visible.toArray(String[]::new))
			.disableBinaryFetching()
			.list()
			.stream()
			.filter((variable) -> variable.getValue() != null)
			.collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue,
					(a, b) -> a));
	}

	private JsonNode json(String text) {
		try {
			return this.mapper.readTree(text);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Stored form data is not JSON", ex);
		}
	}

}
