package org.eservices.portal.requests;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eservices.portal.paging.PageResponse;
import org.eservices.portal.paging.PageResponse.PageRequest;
import org.eservices.portal.problems.BadRequestException;
import org.eservices.portal.requests.Submissions.Submission;
import org.eservices.portal.security.PortalUser;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The citizen's side: submit a request, list and follow one's own requests, act on them.
 */
@RestController
class RequestController {

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	/** The longest key a client may send (a UUID takes 36). */
	static final int MAX_IDEMPOTENCY_KEY = 200;

	private static final Pattern IDEMPOTENCY_KEYS = Pattern.compile("[!-~]{1," + MAX_IDEMPOTENCY_KEY + "}");

	private final Submissions submissions;

	private final Requests requests;

	private final CitizenActions actions;

	RequestController(Submissions submissions, Requests requests, CitizenActions actions) {
		this.submissions = submissions;
		this.requests = requests;
		this.actions = actions;
	}

	@PostMapping("/api/services/{key}/requests")
	ResponseEntity<SubmissionResponse> submit(PortalUser citizen, @PathVariable String key,
			@RequestBody ObjectNode data,
			@RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
		checked(idempotencyKey);
		Submission submission = this.submissions.submit(citizen, key, data, idempotencyKey);
		ServiceRequest request = submission.request();
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/api/requests/" + request.getReference()))
			// always JSON: no content negotiation on the busiest call
			.contentType(MediaType.APPLICATION_JSON)
			.header("Idempotent-Replayed", Boolean.toString(submission.replayed()))
			.body(new SubmissionResponse(request.getReference(), request.getServiceKey(), request.getServiceName(),
					request.getStatus(), request.getStatusLabel(), request.getSubmittedAt()));
	}

	@GetMapping("/api/requests")
	PageResponse<RequestView> mine(PortalUser citizen, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, Locale locale) {
		return this.requests.mine(citizen.id(), PageRequest.of(page, size), locale);
	}

	@GetMapping("/api/requests/{reference}")
	RequestDetail get(PortalUser citizen, @PathVariable String reference, Locale locale) {
		ServiceRequest request = this.requests.ownedBy(citizen.id(), reference);
		return new RequestDetail(this.requests.detail(request, locale), this.actions.waitingFor(request, locale));
	}

	@PostMapping("/api/requests/{reference}/actions/{taskId}")
	ResponseEntity<Void> act(PortalUser citizen, @PathVariable String reference, @PathVariable String taskId,
			@RequestBody ObjectNode data,
			@RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
		checked(idempotencyKey);
		boolean replayed = this.actions.complete(this.requests.ownedBy(citizen.id(), reference), taskId, data,
				idempotencyKey);
		return ResponseEntity.noContent().header("Idempotent-Replayed", Boolean.toString(replayed)).build();
	}

	private static void checked(String idempotencyKey) {
		if (idempotencyKey != null && !IDEMPOTENCY_KEYS.matcher(idempotencyKey).matches()) {
			throw new BadRequestException(
					IDEMPOTENCY_KEY + " must be 1 to " + MAX_IDEMPOTENCY_KEY + " visible ASCII characters.");
		}
	}

	record SubmissionResponse(String reference, String serviceKey, String serviceName, String status,
			String statusLabel, Instant submittedAt) {

	}

	record RequestDetail(@JsonUnwrapped RequestView request, List<CitizenActions.Action> actions) {

	}

}
