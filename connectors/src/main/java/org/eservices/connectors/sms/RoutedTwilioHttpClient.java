package org.eservices.connectors.sms;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.twilio.http.HttpClient;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;

/**
 * Sends the Twilio SDK's requests to another base URL (the SDK has none to set): keeps
 * path, parameters, headers and credentials, replaces scheme, host and port.
 */
class RoutedTwilioHttpClient extends HttpClient {

	private final NetworkHttpClient network;

	private final URI baseUrl;

	RoutedTwilioHttpClient(NetworkHttpClient network, URI baseUrl) {
		this.network = network;
		this.baseUrl = baseUrl;
	}

	@Override
	public Response makeRequest(Request request) {
		URI original = URI.create(request.getUrl());
		String routed = this.baseUrl.getScheme() + "://" + this.baseUrl.getAuthority() + original.getRawPath();
		Request copy = new Request(request.getMethod(), routed);
		copy.setAuth(request.getUsername(), request.getPassword());
		copy(request.getPostParams(), copy::addPostParam);
		copy(request.getQueryParams(), copy::addQueryParam);
		copy(request.getHeaderParams(), copy::addHeaderParam);
		return this.network.makeRequest(copy);
	}

	private static void copy(Map<String, List<String>> from, java.util.function.BiConsumer<String, String> to) {
		from.forEach((name, values) -> values.forEach((value) -> to.accept(name, value)));
	}

}
