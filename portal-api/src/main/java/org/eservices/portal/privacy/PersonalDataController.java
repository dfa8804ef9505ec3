package org.eservices.portal.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eservices.portal.audit.AuditKind;
import org.eservices.portal.audit.AuditLog;
import org.eservices.portal.forms.FormValidationException;
import org.eservices.portal.i18n.Messages;
import org.eservices.portal.paging.PageResponse;
import org.eservices.portal.paging.PageResponse.PageRequest;
import org.eservices.portal.security.PortalUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A citizen's own data: "Download my data" (one ZIP archive, written as it is read, so
 * large documents never sit in memory all at once) and "Delete my account"; for admins,
 * the erasures asked for and done.
 */
@RestController
class PersonalDataController {

	static final String EXPORT = "/api/me/data";

	static final String ERASURE = "/api/me/erasure";

	private static final Logger log = LoggerFactory.getLogger(PersonalDataController.class);

	private final DataExport export;

	private final AccountErasure erasure;

	private final Erasures erasures;

	private final ObjectProvider<ErasureConfirmation> confirmation;

	private final RetentionRun retention;

	private final AuditLog audit;

	private final Clock clock;

	PersonalDataController(DataExport export, AccountErasure erasure, Erasures erasures,
			ObjectProvider<ErasureConfirmation> confirmation, RetentionRun retention, AuditLog audit, Clock clock) {
		this.retention = retention;
		this.export = export;
		this.erasure = erasure;
		this.erasures = erasures;
		this.confirmation = confirmation;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping(EXPORT)
	ResponseEntity<StreamingResponseBody> export(PortalUser citizen, Locale locale) {
		this.audit.record(AuditKind.DATA_EXPORTED, citizen.id(), citizen.id(), "Downloaded their data");
		String filename = "my-data-" + LocalDate.now(this.clock) + ".zip";
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body((out) -> this.export.write(citizen.id(), locale, out));
	}

	/**
	 * After the citizen confirmed: erased at once, then told by e-mail and signed out.
	 */
	@PostMapping(ERASURE)
	ErasureAnswer erase(PortalUser citizen, @RequestBody(required = false) ErasureBody body, HttpServletRequest request,
			HttpServletResponse response, Authentication authentication) {
		if (body == null || !Boolean.TRUE.equals(body.confirm())) {
			throw new FormValidationException(Map.of("confirm", List.of(Messages.get("erasure.confirm"))));
		}
		AccountErasure.Erased erased = this.erasure.erase(citizen.id());
		ErasureConfirmation confirm = this.confirmation.getIfAvailable();
		if (confirm != null && erased.email() != null) {
			try {
				confirm.confirm(erased.email(), erased.name(), erased.withdrawn());
			}
			catch (RuntimeException ex) {
				// what failed, never to whom
				log.warn("The confirmation of erasure {} was not sent: {}", erased.pseudonym(), ex.getMessage());
			}
		}
		new SecurityContextLogoutHandler().logout(request, response, authentication);
		return new ErasureAnswer(true, erased.withdrawn());
	}

	@GetMapping("/api/admin/erasures")
	PageResponse<Erasures.Entry> erasures(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return this.erasures.find(PageRequest.of(page, size));
	}

	/** What the retention run would remove now: a dry run, for admins. */
	@GetMapping("/api/admin/retention")
	RetentionRun.Report retention() {
		return this.retention.preview();
	}

	/**
	 * @param confirm {@code true}: the citizen confirmed they want everything erased
	 */
	record ErasureBody(Boolean confirm) {

	}

	/**
	 * @param withdrawn the requests that were still open and are withdrawn
	 */
	record ErasureAnswer(boolean erased, List<String> withdrawn) {

	}

}
