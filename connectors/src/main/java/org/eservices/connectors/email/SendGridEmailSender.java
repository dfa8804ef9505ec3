package org.eservices.connectors.email;

import java.io.IOException;

import com.sendgrid.Client;
import com.sendgrid.Method;
import com.sendgrid.Request;
import com.sendgrid.Response;
import com.sendgrid.SendGrid;
import com.sendgrid.helpers.mail.Mail;
import com.sendgrid.helpers.mail.objects.Content;
import com.sendgrid.helpers.mail.objects.Email;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.impl.client.HttpClients;
import org.eservices.connectors.notification.Channel;
import org.eservices.connectors.notification.MessageSender;
import org.eservices.connectors.notification.OutgoingMessage;
import org.eservices.connectors.ProviderException;
import org.eservices.connectors.ProviderUnavailableException;

/**
 * Email through SendGrid's v3 Mail Send API, with the official SDK.
 */
public class SendGridEmailSender implements MessageSender {

	/** At least the job executor's threads. */
	static final int MAX_CONNECTIONS = 50;

	private final SendGrid sendGrid;

	private final SendGridSettings settings;

	public SendGridEmailSender(SendGridSettings settings) {
		this.settings = settings;
		int timeout = (int) settings.timeout().toMillis();
		RequestConfig timeouts = RequestConfig.custom()
			.setConnectTimeout(timeout)
			.setConnectionRequestTimeout(timeout)
			.setSocketTimeout(timeout)
			.build();
		boolean plainHttp = "http".equals(settings.baseUrl().getScheme());
		this.sendGrid = new SendGrid(settings.apiKey(),
				new Client(HttpClients.custom()
					.setDefaultRequestConfig(timeouts)
					// the default of 2 connections would let 2 jobs at a time reach
					// SendGrid
					.setMaxConnPerRoute(MAX_CONNECTIONS)
					.setMaxConnTotal(MAX_CONNECTIONS)
					.build(), plainHttp));
		this.sendGrid.setHost(settings.baseUrl().getAuthority());
	}

	@Override
	public Channel channel() {
		return Channel.EMAIL;
	}

	@Override
	public String provider() {
		return "sendgrid";
	}

	@Override
	public String send(OutgoingMessage message) {
		Mail mail = new Mail(new Email(this.settings.from()), message.subject(), new Email(message.recipient()),
				new Content("text/plain", message.body()));
		Request request = new Request();
		request.setMethod(Method.POST);
		request.setEndpoint("mail/send");
		Response response;
		try {
			request.setBody(mail.build());
			response = this.sendGrid.api(request);
		}
		catch (IOException ex) {
			throw new ProviderUnavailableException("SendGrid could not be reached: " + ex.getMessage(), ex);
		}
		if (ProviderUnavailableException.isUnavailable(response.getStatusCode())) {
			throw new ProviderUnavailableException(
					"SendGrid unavailable (HTTP " + response.getStatusCode() + "): " + response.getBody());
		}
		if (response.getStatusCode() / 100 != 2) {
			throw new ProviderException(
					"SendGrid refused the email (HTTP " + response.getStatusCode() + "): " + response.getBody());
		}
		return response.getHeaders().getOrDefault("X-Message-Id", "");
	}

}
