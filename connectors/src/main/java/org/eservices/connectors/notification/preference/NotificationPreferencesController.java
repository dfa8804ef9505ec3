package org.eservices.connectors.notification.preference;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eservices.connectors.notification.Channel;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in citizen's notification channels.
 */
@RestController
@RequestMapping("/api/me/notification-preferences")
class NotificationPreferencesController {

	private final NotificationPreferences preferences;

	NotificationPreferencesController(NotificationPreferences preferences) {
		this.preferences = preferences;
	}

	@GetMapping
	Choice get(Principal citizen) {
		Set<Channel> channels = this.preferences.channelsOf(citizen.getName());
		return new Choice(channels.contains(Channel.EMAIL), channels.contains(Channel.SMS));
	}

	@PutMapping
	Choice put(Principal citizen, @RequestBody Choice choice) {
		if (choice.email() == null || choice.sms() == null || (!choice.email() && !choice.sms())) {
			throw invalid(choice);
		}
		this.preferences.choose(citizen.getName(), choice.email(), choice.sms());
		return get(citizen);
	}

	private static ErrorResponseException invalid(Choice choice) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Say yes or no to each channel, and yes to at least one.");
		problem.setType(URI.create("/problems/invalid-form-data"));
		problem.setTitle("Invalid notification preferences");
		String required = "Field is required.";
		String atLeastOne = "Choose email, SMS or both.";
		problem.setProperty("errors",
				(choice.email() == null || choice.sms() == null)
						? Map.of((choice.email() == null) ? "email" : "sms", List.of(required))
						: Map.of("email", List.of(atLeastOne), "sms", List.of(atLeastOne)));
		return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
	}

	record Choice(Boolean email, Boolean sms) {

	}

}
