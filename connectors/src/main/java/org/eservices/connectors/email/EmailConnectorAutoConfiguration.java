package org.eservices.connectors.email;

import org.eservices.connectors.notification.Channel;
import org.eservices.connectors.notification.MessageSender;
import org.eservices.connectors.sandbox.SandboxSender;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Email through SendGrid when {@code SENDGRID_API_KEY} is set, else into the sandbox
 * outbox.
 */
@AutoConfiguration
@EnableConfigurationProperties(SendGridSettings.class)
public class EmailConnectorAutoConfiguration {

	@Bean
	MessageSender emailSender(SendGridSettings settings) {
		return settings.configured() ? new SendGridEmailSender(settings) : new SandboxSender(Channel.EMAIL);
	}

}
