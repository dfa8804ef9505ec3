package org.eservices.app.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser as far as sign-in needs one: cookies, redirects followed one by one, and HTML
 * forms submitted the way a user would submit them. No JavaScript.
 */
public final class Browser {

	private static final Pattern FORM = Pattern.compile("<form\\b[^>]*>", Pattern.DOTALL);

	private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]*)\"");

	private static final Pattern LINK = Pattern.compile("<a\\b[^>]*href=\"([^\"]*)\"[^>]*>", Pattern.DOTALL);

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.cookieHandler(new LoopbackIsSecure(this.cookies))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	public HttpResponse<String> get(URI uri, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.build());
	}

	public HttpResponse<String> post(URI uri, Map<String, String> form, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encode(form)));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.build());
	}

	/** A script's JSON call, as from a page of the portal. */
	public HttpResponse<String> postJson(URI uri, String json, String... headers) {
		return json("POST", uri, json, headers);
	}

	/** A JSON call with any method; no body when {@code json} is null. */
	public HttpResponse<String> json(String method, URI uri, String json, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/json")
			.method(method,
					(json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody());
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.build());
	}

	/** Cookies this browser sends to the given address. */
	public Map<String, String> cookiesFor(URI uri) {
		Map<String, String> sent = new LinkedHashMap<>();
		this.cookies.getCookieStore()
			.get(uri)
			.stream()
			.filter((cookie) -> cookie.getPath() == null || uri.getPath().startsWith(cookie.getPath()))
			.forEach((cookie) -> sent.put(cookie.getName(), cookie.getValue()));
		return sent;
	}

	/** Opens a page and follows its redirects to where they end. */
	public HttpResponse<String> open(URI uri) {
		return follow(get(uri));
	}

	/** Follows redirects as a browser does, with GET, to where they end. */
	public HttpResponse<String> follow(HttpResponse<String> response) {
		HttpResponse<String> current = response;
		for (int hops = 0; isRedirect(current) && hops < 20; hops++) {
			URI next = current.uri().resolve(current.headers().firstValue("Location").orElseThrow());
			if (!next.getScheme().startsWith("http")) {
				return current; // an app's own scheme: the redirect is the answer
			}
			current = get(next);
		}
		return current;
	}

	/**
	 * Fills in and submits the form with the given id on a page, and follows the
	 * redirects.
	 */
	public HttpResponse<String> submit(HttpResponse<String> page, String formId, Map<String, String> fields) {
		return follow(post(page.uri().resolve(formAction(page.body(), formId)), fields));
	}

	/** The address of the first link whose tag contains the given text, such as an id. */
	public static URI link(HttpResponse<String> page, String tagContains) {
		Matcher links = LINK.matcher(page.body());
		while (links.find()) {
			if (links.group().contains(tagContains)) {
				return page.uri().resolve(unescape(links.group(1)));
			}
		}
		throw new IllegalStateException("No link with " + tagContains + " on " + page.uri() + ":\n" + page.body());
	}

	public static boolean hasForm(HttpResponse<String> page, String formId) {
		return page.statusCode() == 200 && page.body().contains("id=\"" + formId + "\"");
	}

	public Optional<String> cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst();
	}

	private static String formAction(String html, String formId) {
		Matcher forms = FORM.matcher(html);
		while (forms.find()) {
			if (forms.group().contains("id=\"" + formId + "\"")) {
				Matcher action = ACTION.matcher(forms.group());
				if (action.find()) {
					return unescape(action.group(1));
				}
			}
		}
		throw new IllegalStateException("No form " + formId + " on the page:\n" + html);
	}

	private static String unescape(String html) {
		return html.replace("&amp;", "&").replace("&#x3D;", "=").replace("&#61;", "=");
	}

	private static boolean isRedirect(HttpResponse<String> response) {
		int status = response.statusCode();
		return status >= 301 && status <= 308 && response.headers().firstValue("Location").isPresent();
	}

	private static String encode(Map<String, String> form) {
		return form.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	/**
	 * Browsers treat loopback addresses as secure, so they keep and send the
	 * {@code Secure} cookies Keycloak sets even over plain HTTP; Java's cookie manager
	 * does not, unless told.
	 */
	private static final class LoopbackIsSecure extends CookieHandler {

		private final CookieHandler delegate;

		LoopbackIsSecure(CookieHandler delegate) {
			this.delegate = delegate;
		}

		@Override
		public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
			return this.delegate.get(uri, headers);
		}

		@Override
		public void put(URI uri, Map<String, List<String>> headers) throws IOException {
			Map<String, List<String>> relaxed = new LinkedHashMap<>();
			headers.forEach((name, values) -> relaxed.put(name,
					("Set-Cookie".equalsIgnoreCase(name))
							? values.stream().map((value) -> value.replaceAll("(?i);\\s*Secure(?=;|$)", "")).toList()
							: values));
			this.delegate.put(uri, relaxed);
		}

	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
