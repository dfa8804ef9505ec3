package org.eservices.connectors.email;

import java.security.GeneralSecurityException;
import java.security.Security;
import java.security.interfaces.ECPublicKey;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sendgrid.helpers.eventwebhook.EventWebhook;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.eservices.connectors.notification.DeliveryReports;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * SendGrid's signed Event Webhook: delivery events (processed, delivered, bounce,
 * dropped, ...) update the notification log. Refused unless the ECDSA signature verifies
 * with the configured public key.
 */
@RestController
class SendGridEventWebhookController {

	static {
		if (Security.getProvider(BouncyCastleProvider.PROVIDER_NAME) == null) {
			Security.addProvider(new BouncyCastleProvider());
		}
	}

	static final String SIGNATURE = "X-Twilio-Email-Event-Webhook-Signature";

	static final String TIMESTAMP = "X-Twilio-Email-Event-Webhook-Timestamp";

	private final SendGridSettings settings;

	private final DeliveryReports reports;

	private final ObjectMapper mapper;

	SendGridEventWebhookController(SendGridSettings settings, DeliveryReports reports, ObjectMapper mapper) {
		this.settings = settings;
		this.reports = reports;
		this.mapper = mapper;
	}

	@PostMapping("/api/webhooks/sendgrid")
	ResponseEntity<?> receive(@RequestBody String payload,
			@RequestHeader(name = SIGNATURE, required = false) String signature,
			@RequestHeader(name = TIMESTAMP, required = false) String timestamp) {
		if (!verified(payload, signature, timestamp)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					"The SendGrid event signature is missing or does not verify.");
			problem.setTitle("Invalid webhook event");
			return ResponseEntity.badRequest().body(problem);
		}
		int updated = 0;
		try {
			for (JsonNode event : this.mapper.readTree(payload)) {
				String messageId = event.path("sg_message_id").asText("");
				int dot = messageId.indexOf('.');
				String xMessageId = (dot > 0) ? messageId.substring(0, dot) : messageId;
				if (this.reports.report("sendgrid", xMessageId, event.path("event").asText())) {
					updated++;
				}
			}
		}
		catch (JsonProcessingException ex) {
			return ResponseEntity.badRequest()
				.body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Not JSON"));
		}
		return ResponseEntity.ok(Map.of("updated", updated));
	}

	private boolean verified(String payload, String signature, String timestamp) {
		String key = this.settings.webhookPublicKey();
		if (key == null || key.isBlank() || signature == null || timestamp == null) {
			return false;
		}
		try {
			EventWebhook webhook = new EventWebhook();
			ECPublicKey publicKey = webhook.ConvertPublicKeyToECDSA(key);
			return webhook.VerifySignature(publicKey, payload, signature, timestamp);
		}
		catch (GeneralSecurityException | java.io.IOException | IllegalArgumentException ex) {
			return false;
		}
	}

}
