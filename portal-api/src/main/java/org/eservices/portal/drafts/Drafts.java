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
import org.eservices.portal.attachments.AttachmentInfo;
import org.eservices.portal.attachments.Attachments;
import org.eservices.portal.catalog.EService;
import org.eservices.portal.catalog.ServiceCatalog;
import org.eservices.portal.forms.FormField;
import org.eservices.portal.problems.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

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

	private final Attachments attachments;

	private final JdbcClient jdbc;

	Drafts(RequestDraftRepository drafts, ServiceCatalog catalog, ObjectMapper objectMapper, Clock clock,
			Attachments attachments, JdbcClient jdbc) {
		this.drafts = drafts;
		this.attachments = attachments;
		this.jdbc = jdbc;
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
	 * A document for the draft, which is started empty if need be, so the application
	 * shows among those not sent yet.
	 */
	@Transactional
	public AttachmentInfo attach(String citizenId, String serviceKey, MultipartFile file) {
		if (this.catalog.find(serviceKey).isEmpty()) {
			throw new NotFoundException("e-service", serviceKey);
		}
		if (this.drafts.findByCitizenIdAndServiceKey(citizenId, serviceKey).isEmpty()) {
			RequestDraft draft = new RequestDraft(citizenId, serviceKey);
			draft.save("{}", this.clock.instant());
			this.drafts.save(draft);
		}
		return this.attachments.attachToDraft(serviceKey, citizenId, file);
	}

	/**
	 * Joins the submission's transaction: the request gets the draft's documents and the
	 * draft is gone, or neither.
	 */
	@Transactional
	public void submittedAs(String citizenId, String serviceKey, String reference) {
		// documents exist only with a draft (attaching one starts it)
		if (delete(citizenId, serviceKey)) {
			this.attachments.moveDraftTo(citizenId, serviceKey, reference);
		}
	}

	/** The draft and its documents. */
	@Transactional
	public void discard(String citizenId, String serviceKey) {
		this.attachments.discardDraft(citizenId, serviceKey);
		delete(citizenId, serviceKey);
	}

	/**
	 * One plain statement, no read first: it runs with every submission, draft or not.
	 * @return whether there was a draft
	 */
	private boolean delete(String citizenId, String serviceKey) {
		return this.jdbc.sql("delete from request_draft where citizen_id = ? and service_key = ?")
			.params(citizenId, serviceKey)
			.update() > 0;
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
