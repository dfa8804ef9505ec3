package org.eservices.portal.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.eservices.portal.audit.AuditKind;
import org.eservices.portal.audit.AuditLog;
import org.eservices.portal.security.PortalUser;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A citizen's own data: "Download my data" (one ZIP archive, written as it is read, so
 * large documents never sit in memory all at once).
 */
@RestController
class PersonalDataController {

	static final String EXPORT = "/api/me/data";

	private final DataExport export;

	private final AuditLog audit;

	private final Clock clock;

	PersonalDataController(DataExport export, AuditLog audit, Clock clock) {
		this.export = export;
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

}
