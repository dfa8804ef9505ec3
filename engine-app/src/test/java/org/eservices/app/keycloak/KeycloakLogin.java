package org.eservices.app.keycloak;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in through Keycloak's own pages: into the portal as a browser does, and as a
 * mobile app does (authorization code with PKCE on the public client), which yields the
 * access token the app then sends to the API.
 */
public final class KeycloakLogin {

	public static final String LOGIN_FORM = "kc-form-login";

	public static final String MOBILE_CLIENT = "eservices-mobile";

	public static final String MOBILE_REDIRECT = "org.eservices.app:/oauth2redirect";

	private static final ObjectMapper JSON = new ObjectMapper();

	private KeycloakLogin() {
	}

	/** Signs a browser in to the portal; answers the page the browser lands on. */
	public static HttpResponse<String> portal(Browser browser, String username, String password) {
		HttpResponse<String> login = browser
			.open(URI.create(KeycloakServer.APP_URL + "/oauth2/authorization/keycloak"));
		assertThat(Browser.hasForm(login, LOGIN_FORM)).as("Keycloak's sign-in page, got %s", login.uri()).isTrue();
		return browser.submit(login, LOGIN_FORM, Map.of("username", username, "password", password));
	}

	/** A mobile app's access token, from Keycloak at the given address. */
	public static String mobileAccessToken(URI keycloak, String username, String password) {
		String verifier = randomUrlSafe(32);
		String realm = keycloak + "/realms/" + KeycloakServer.REALM + "/protocol/openid-connect";
		URI authorize = URI.create(realm + "/auth?client_id=" + MOBILE_CLIENT + "&response_type=code&scope=openid"
				+ "&redirect_uri=" + encode(MOBILE_REDIRECT) + "&state=" + randomUrlSafe(8) + "&code_challenge="
				+ challenge(verifier) + "&code_challenge_method=S256");
		Browser app = new Browser();
		HttpResponse<String> login = app.open(authorize);
		assertThat(Browser.hasForm(login, LOGIN_FORM)).as("Keycloak's sign-in page").isTrue();
		HttpResponse<String> redirect = app.submit(login, LOGIN_FORM,
				Map.of("username", username, "password", password));
		String location = redirect.headers()
			.firstValue("Location")
			.orElseThrow(() -> new AssertionError("No redirect to the app: " + redirect.statusCode() + " "
					+ redirect.uri() + "\n" + redirect.body()));
		assertThat(location).as("redirect back to the app").startsWith(MOBILE_REDIRECT);
		String code = URI.create(location).getQuery().replaceAll(".*\\bcode=([^&]+).*", "$1");
		HttpResponse<String> tokens = app.post(URI.create(realm + "/token"), Map.of("grant_type", "authorization_code",
				"client_id", MOBILE_CLIENT, "redirect_uri", MOBILE_REDIRECT, "code", code, "code_verifier", verifier));
		assertThat(tokens.statusCode()).as("token exchange: %s", tokens.body()).isEqualTo(200);
		return field(tokens.body(), "access_token");
	}

	public static String field(String json, String name) {
		try {
			JsonNode node = JSON.readTree(json);
			return node.get(name).asText();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static String challenge(String verifier) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String randomUrlSafe(int bytes) {
		byte[] random = new byte[bytes];
		new SecureRandom().nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
