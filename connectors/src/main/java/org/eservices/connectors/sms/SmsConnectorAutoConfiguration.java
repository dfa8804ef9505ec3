package org.eservices.connectors.sms;

import org.eservices.connectors.notification.Channel;
import org.eservices.connectors.notification.MessageSender;
import org.eservices.connectors.sandbox.SandboxSender;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * SMS through Twilio when {@code TWILIO_ACCOUNT_SID} and {@code TWILIO_AUTH_TOKEN} are
 * set, else into the sandbox outbox.
 */
@AutoConfiguration
@EnableConfigurationProperties(TwilioSettings.class)
public class SmsConnectorAutoConfiguration {

	@Bean
	MessageSender smsSender(TwilioSettings settings) {
		return settings.configured() ? new TwilioSmsSender(settings) : new SandboxSender(Channel.SMS);
	}

}
