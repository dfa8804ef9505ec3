package org.eservices.portal.drafts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eservices.portal.catalog.EService;
import org.eservices.portal.catalog.ServiceCatalog;
import org.eservices.portal.forms.FormField;
import org.eservices.portal.problems.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Unfinished applications. A draft keeps only the start form's own fields, unvalidated:
 * it is what the citizen typed so far. Submitting the application removes it.
 */
@Service
public class Drafts {

	private final RequestDraftRepository drafts;

	private final ServiceCatalog catalog;

	private final ObjectMapper objectMapper;

	private final Clock clock;

	Drafts(RequestDraftRepository drafts, ServiceCatalog catalog, ObjectMapper objectMapper, Clock clock) {
		this.drafts = drafts;
		this.catalog = catalog;
		this.objectMapper = objectMapper;
		this.clock = clock;
	}

	@Transactional
	public Draft save(String citizenId, String serviceKey, ObjectNode data) {
		EService service = this.catalog.find(serviceKey)
			.orElseThrow(() -> new NotFoundException("e-service", serviceKey));
		Set<String> fields = this.catalog.startForm(service)
			.fields()
			.stream()
			.map(FormField::key)
			.collect(Collectors.toSet());
		ObjectNode kept = data.deepCopy();
		kept.retain(fields);
		RequestDraft draft = this.drafts.findByCitizenIdAndServiceKey(citizenId, serviceKey)
			.orElseGet(() -> new RequestDraft(citizenId, serviceKey));
		draft.save(kept.toString(), this.clock.instant());
		this.drafts.save(draft);
		return view(draft, service.name());
	}

	@Transactional(readOnly = true)
	public Optional<Draft> find(String citizenId, String serviceKey) {
		return this.drafts.findByCitizenIdAndServiceKey(citizenId, serviceKey)
			.map((draft) -> view(draft, serviceName(serviceKey)));
	}

	@Transactional(readOnly = true)
	public List<Draft> mine(String citizenId) {
		return this.drafts.findByCitizenIdOrderBySavedAtDesc(citizenId)
			.stream()
			.map((draft) -> view(draft, serviceName(draft.getServiceKey())))
			.toList();
	}

	/**
	 * Joins the caller's transaction: a submission and the removal of its draft commit
	 * together.
	 */
	@Transactional
	public void discard(String citizenId, String serviceKey) {
		this.drafts.deleteByCitizenIdAndServiceKey(citizenId, serviceKey);
	}

	private String serviceName(String serviceKey) {
		return this.catalog.find(serviceKey).map(EService::name).orElse(serviceKey);
	}

	private Draft view(RequestDraft draft, String serviceName) {
		try {
			return new Draft(draft.getServiceKey(), serviceName, this.objectMapper.readTree(draft.getData()),
					draft.getSavedAt());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @param data the fields filled in so far
	 */
	public record Draft(String serviceKey, String serviceName, JsonNode data, Instant savedAt) {

	}

}
