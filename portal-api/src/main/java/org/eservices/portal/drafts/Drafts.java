package org.eservices.portal.drafts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eservices.portal.attachments.AttachmentInfo;
import org.eservices.portal.attachments.Attachments;
import org.eservices.portal.catalog.EService;
import org.eservices.portal.catalog.ServiceCatalog;
import org.eservices.portal.catalog.Translations;
import org.eservices.portal.forms.FormChanges;
import org.eservices.portal.forms.FormDefinition;
import org.eservices.portal.problems.NotFoundException;
import org.eservices.portal.problems.PreconditionFailedException;
import org.eservices.portal.reports.ReportTally;

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

	private final Translations translations;

	private final ReportTally tally;

	Drafts(RequestDraftRepository drafts, ServiceCatalog catalog, ObjectMapper objectMapper, Clock clock,
			Attachments attachments, JdbcClient jdbc, Translations translations, ReportTally tally) {
		this.drafts = drafts;
		this.tally = tally;
		this.translations = translations;
		this.attachments = attachments;
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.objectMapper = objectMapper;
		this.clock = clock;
	}

	/**
	 * @param basedOn the version the client changed ({@code If-Match}), or null to save
	 * over whatever is there
	 * @throws PreconditionFailedException if the draft was saved since that version, or
	 * is gone
	 */
	@Transactional
	public Draft save(String citizenId, String serviceKey, ObjectNode data, Long basedOn) {
		EService service = this.catalog.find(serviceKey)
			.orElseThrow(() -> new NotFoundException("e-service", serviceKey));
		// a draft is work in progress: no rules yet, only no data the form has no place
		// for
		ObjectNode kept = data.deepCopy();
		kept.retain(this.catalog.startForm(service).dataNames());
		Optional<RequestDraft> saved = this.drafts.findByCitizenIdAndServiceKey(citizenId, serviceKey);
		if (basedOn != null && saved.map((draft) -> draft.getVersion() != basedOn).orElse(true)) {
			throw new PreconditionFailedException("The draft was " + (saved.isPresent() ? "saved" : "removed")
					+ " since version " + basedOn + ". Read it again before saving.");
		}
		RequestDraft draft = saved.orElseGet(() -> started(citizenId, serviceKey));
		draft.save(kept.toString(), this.clock.instant(), service.definitionId());
		// flushed now so the answer carries the version this save made
		this.drafts.saveAndFlush(draft);
		return view(draft, service.name(), null);
	}

	private RequestDraft started(String citizenId, String serviceKey) {
		this.tally.draftStarted(serviceKey);
		return new RequestDraft(citizenId, serviceKey);
	}

	/**
	 * The draft, and what changed in the start form since it was saved, if the e-service
	 * has a newer version now: the citizen goes on with the new one, their answers kept
	 * where the new form has the same fields.
	 */
	@Transactional(readOnly = true)
	public Optional<Draft> find(String citizenId, String serviceKey, Locale locale) {
		Optional<EService> current = this.catalog.find(serviceKey);
		return this.drafts.findByCitizenIdAndServiceKey(citizenId, serviceKey)
			.map((draft) -> view(draft, current.map(EService::name).orElse(serviceKey),
					current.flatMap((service) -> changes(draft, service, locale)).orElse(null)));
	}

	private Optional<FormChanges> changes(RequestDraft draft, EService current, Locale locale) {
		if (draft.getDefinitionId() == null || draft.getDefinitionId().equals(current.definitionId())) {
			return Optional.empty();
		}
		return this.catalog.byDefinitionId(draft.getDefinitionId())
			.map((saved) -> FormChanges.between(translated(saved, locale), translated(current, locale)))
			.filter((changes) -> !changes.none());
	}

	private FormDefinition translated(EService service, Locale locale) {
		return FormDefinition.of(this.translations.translateForm(this.catalog.startForm(service).schema(),
				service.definitionId(), locale));
	}

	@Transactional(readOnly = true)
	public List<Draft> mine(String citizenId) {
		return this.drafts.findByCitizenIdOrderBySavedAtDesc(citizenId)
			.stream()
			.map((draft) -> view(draft, serviceName(draft.getServiceKey()), null))
			.toList();
	}

	/** The files keys of the documents chosen in the draft's file pickers. */
	@Transactional(readOnly = true)
	public List<String> uploadedFiles(String citizenId, String serviceKey) {
		return AttachmentInfo.fieldsOf(this.attachments.ofDraft(citizenId, serviceKey));
	}

	/**
	 * A document for the draft, which is started empty if need be, so the application
	 * shows among those not sent yet.
	 */
	@Transactional
	public AttachmentInfo attach(String citizenId, String serviceKey, MultipartFile file, String field) {
		if (this.catalog.find(serviceKey).isEmpty()) {
			throw new NotFoundException("e-service", serviceKey);
		}
		if (this.drafts.findByCitizenIdAndServiceKey(citizenId, serviceKey).isEmpty()) {
			RequestDraft draft = started(citizenId, serviceKey);
			draft.save("{}", this.clock.instant(), null);
			this.drafts.save(draft);
		}
		return this.attachments.attachToDraft(serviceKey, citizenId, file, field);
	}

	/**
	 * Joins the submission's transaction: the request gets the draft's documents and the
	 * draft is gone, or neither.
	 */
	@Transactional
	public void submittedAs(String citizenId, String serviceKey, String reference, Collection<String> answeredFiles) {
		// documents exist only with a draft (attaching one starts it)
		if (delete(citizenId, serviceKey)) {
			this.attachments.moveDraftTo(citizenId, serviceKey, reference, answeredFiles);
		}
	}

	/** Drafts nobody touched since the time: for their retention. */
	@Transactional(readOnly = true)
	public long countSavedBefore(Instant before) {
		return this.jdbc.sql("select count(*) from request_draft where saved_at < ?")
			.param(Timestamp.from(before))
			.query(Long.class)
			.single();
	}

	/**
	 * Drafts nobody touched since the time, with their documents.
	 * @return how many drafts
	 */
	@Transactional
	public int eraseSavedBefore(Instant before) {
		this.jdbc.sql("""
				delete from attachment where reference is null and exists (select 1 from request_draft d
				  where d.citizen_id = attachment.citizen_id and d.service_key = attachment.service_key
				  and d.saved_at < ?)""").param(Timestamp.from(before)).update();
		return this.jdbc.sql("delete from request_draft where saved_at < ?").param(Timestamp.from(before)).update();
	}

	/**
	 * With the citizen's account (their documents go with their requests').
	 * @return how many drafts
	 */
	@Transactional
	public int erase(String citizenId) {
		return this.jdbc.sql("delete from request_draft where citizen_id = ?").param(citizenId).update();
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

	private Draft view(RequestDraft draft, String serviceName, FormChanges changes) {
		try {
			return new Draft(draft.getServiceKey(), serviceName, this.objectMapper.readTree(draft.getData()),
					draft.getSavedAt(), draft.getVersion(), changes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @param data the fields filled in so far
	 * @param changes what the start form asks now that it did not when the draft was
	 * saved, and what it no longer asks; none when it is the same version
	 * @param version one up with every save (also the ETag)
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Draft(String serviceKey, String serviceName, JsonNode data, Instant savedAt, long version,
			FormChanges changes) {

	}

}
