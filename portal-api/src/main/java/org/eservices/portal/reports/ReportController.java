package org.eservices.portal.reports;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.eservices.portal.security.PortalUser;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reporting dashboard for supervisors and admins: its figures as JSON, or as CSV to
 * take into a spreadsheet. A period is {@code from} and {@code to} (dates, both included;
 * the last 30 days by default), grouped by {@code interval} {@code day} or {@code week}.
 */
@RestController
class ReportController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final ReportDashboard dashboard;

	ReportController(ReportDashboard dashboard) {
		this.dashboard = dashboard;
	}

	@GetMapping("/api/reports")
	Dashboard dashboard(PortalUser viewer, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String interval,
			@RequestParam(required = false) String service, Locale locale) {
		return this.dashboard.of(viewer, this.dashboard.period(from, to, interval), blankToNull(service), locale);
	}

	@GetMapping("/api/reports/export")
	ResponseEntity<String> export(PortalUser viewer, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String interval,
			@RequestParam(required = false) String service, Locale locale) {
		Dashboard figures = this.dashboard.of(viewer, this.dashboard.period(from, to, interval), blankToNull(service),
				locale);
		String name = "eservices-report-%s-%s.csv".formatted(figures.from(), figures.to());
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(DashboardCsv.of(figures));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
