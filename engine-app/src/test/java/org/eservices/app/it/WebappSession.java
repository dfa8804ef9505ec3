package org.eservices.app.it;

import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser signed in to the portal calling the API the Camunda webapps (Tasklist,
 * Cockpit) call, as their pages do: the portal's session cookie and the webapps' own CSRF
 * token, fetched first as their script does.
 */
final class WebappSession {

	static final String ENGINE_API = "/camunda/api/engine/engine/default";

	private final TestRestTemplate rest;

	private final String sessionCookie;

	private final String csrfToken;

	private WebappSession(TestRestTemplate rest, String sessionCookie, String csrfToken) {
		this.rest = rest;
		this.sessionCookie = sessionCookie;
		this.csrfToken = csrfToken;
	}

	static WebappSession signIn(TestRestTemplate rest, String user, String password) {
		ResponseEntity<String> login = LoginPage.open(rest).signIn(rest, user, password);
		assertThat(login.getHeaders().getLocation().toString()).as("%s signed in", user).doesNotContain("error");
		String session = LoginPage.sessionCookie(login);
		HttpHeaders fetch = new HttpHeaders();
		fetch.add(HttpHeaders.COOKIE, session);
		fetch.add("X-XSRF-TOKEN", "Fetch");
		ResponseEntity<String> user0 = rest.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET,
				new HttpEntity<>(fetch), String.class);
		return new WebappSession(rest, session, user0.getHeaders().getFirst("X-XSRF-TOKEN"));
	}

	/** A page or a call, following the webapps' own redirects (not to sign-in). */
	ResponseEntity<String> get(String path) {
		ResponseEntity<String> response = exchange(HttpMethod.GET, path, null);
		for (int hop = 0; hop < 5 && response.getStatusCode().is3xxRedirection(); hop++) {
			String next = response.getHeaders().getLocation().getPath();
			assertThat(next).as("redirected from %s", path).startsWith("/camunda/");
			response = exchange(HttpMethod.GET, next, null);
		}
		return response;
	}

	ResponseEntity<String> exchange(HttpMethod method, String path, String json) {
		HttpHeaders headers = new HttpHeaders();
		headers.add(HttpHeaders.COOKIE, this.sessionCookie);
		if (this.csrfToken != null) {
			headers.add("X-XSRF-TOKEN", this.csrfToken);
		}
		if (json != null) {
			headers.setContentType(MediaType.APPLICATION_JSON);
		}
		return this.rest.withRedirects(Redirects.DONT_FOLLOW)
			.exchange(path, method, new HttpEntity<>(json, headers), String.class);
	}

	static boolean refused(ResponseEntity<?> response) {
		return response.getStatusCode() == HttpStatus.FORBIDDEN;
	}

}
