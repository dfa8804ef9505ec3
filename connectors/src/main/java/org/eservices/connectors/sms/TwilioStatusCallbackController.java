package org.eservices.connectors.sms;

import java.util.HashMap;
import java.util.Map;

import com.twilio.security.RequestValidator;
import org.eservices.connectors.notification.DeliveryReports;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Twilio's message status callback: updates the notification log. Refused unless
 * {@code X-Twilio-Signature} verifies for the configured callback URL and the auth token.
 */
@RestController
class TwilioStatusCallbackController {

	private final TwilioSettings settings;

	private final DeliveryReports reports;

	TwilioStatusCallbackController(TwilioSettings settings, DeliveryReports reports) {
		this.settings = settings;
		this.reports = reports;
	}

	@PostMapping(path = "/api/webhooks/twilio", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<?> receive(@RequestParam MultiValueMap<String, String> form,
			@RequestHeader(name = "X-Twilio-Signature", required = false) String signature) {
		Map<String, String> params = new HashMap<>();
		form.forEach((name, values) -> params.put(name, values.get(0)));
		boolean valid = this.settings.configured() && this.settings.statusCallbackUrl() != null && signature != null
				&& new RequestValidator(this.settings.authToken())
					.validate(this.settings.statusCallbackUrl().toString(), params, signature);
		if (!valid) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					"The X-Twilio-Signature is missing or does not verify.");
			problem.setTitle("Invalid webhook event");
			return ResponseEntity.badRequest().body(problem);
		}
		boolean updated = this.reports.report("twilio", params.getOrDefault("MessageSid", ""),
				params.getOrDefault("MessageStatus", ""));
		return ResponseEntity.ok(Map.of("updated", updated));
	}

}
