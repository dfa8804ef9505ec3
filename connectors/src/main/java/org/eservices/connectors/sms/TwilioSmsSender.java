package org.eservices.connectors.sms;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.http.HttpClient;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.core5.util.Timeout;
import org.eservices.connectors.notification.Channel;
import org.eservices.connectors.notification.MessageSender;
import org.eservices.connectors.notification.OutgoingMessage;
import org.eservices.connectors.ProviderException;
import org.eservices.connectors.ProviderUnavailableException;

/**
 * SMS through Twilio's Messages API, with the official SDK.
 */
public class TwilioSmsSender implements MessageSender {

	static final String TWILIO_API = "https://api.twilio.com";

	private final TwilioRestClient client;

	private final TwilioSettings settings;

	public TwilioSmsSender(TwilioSettings settings) {
		this.settings = settings;
		Timeout timeout = Timeout.of(settings.timeout());
		NetworkHttpClient network = new NetworkHttpClient(
				RequestConfig.custom().setConnectionRequestTimeout(timeout).setResponseTimeout(timeout).build());
		HttpClient http = TWILIO_API.equals(settings.baseUrl().toString()) ? network
				: new RoutedTwilioHttpClient(network, settings.baseUrl());
		this.client = new TwilioRestClient.Builder(settings.accountSid(), settings.authToken()).httpClient(http)
			.build();
	}

	@Override
	public Channel channel() {
		return Channel.SMS;
	}

	@Override
	public String provider() {
		return "twilio";
	}

	@Override
	public String send(OutgoingMessage message) {
		try {
			MessageCreator creator = Message.creator(new PhoneNumber(message.recipient()),
					new PhoneNumber(this.settings.from()), message.body());
			if (this.settings.statusCallbackUrl() != null) {
				creator.setStatusCallback(this.settings.statusCallbackUrl());
			}
			return creator.create(this.client).getSid();
		}
		catch (ApiConnectionException ex) {
			throw new ProviderUnavailableException("Twilio could not be reached: " + ex.getMessage(), ex);
		}
		catch (ApiException ex) {
			String answer = "(HTTP " + ex.getStatusCode() + ", code " + ex.getCode() + "): " + ex.getMessage();
			if (ProviderUnavailableException.isUnavailable(ex.getStatusCode())) {
				throw new ProviderUnavailableException("Twilio unavailable " + answer, ex);
			}
			throw new ProviderException("Twilio refused the SMS " + answer, ex);
		}
	}

}
