package org.eservices.app.it;

import java.util.List;

import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local sign-in form as a browser gets it: its CSRF token and the cookies that go
 * with it.
 */
record LoginPage(String csrfToken, List<String> cookies) {

	/** The portal's sign-in page; the token comes in the cookie its script reads. */
	static LoginPage open(TestRestTemplate rest) {
		ResponseEntity<String> page = rest.getForEntity("/login", String.class);
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		List<String> cookies = cookies(page);
		String token = cookies.stream()
			.filter((cookie) -> cookie.startsWith("XSRF-TOKEN="))
			.map((cookie) -> cookie.substring("XSRF-TOKEN=".length()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("the sign-in page sets no CSRF cookie"));
		return new LoginPage(token, cookies);
	}

	/**
	 * Posts the sign-in form as a browser does, with this page's token and cookies; the
	 * answer as it comes (a redirect), not followed.
	 */
	ResponseEntity<String> signIn(TestRestTemplate rest, String user, String password) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		headers.put(HttpHeaders.COOKIE, this.cookies);
		String form = "username=" + user + "&password=" + password + "&_csrf=" + this.csrfToken;
		return rest.withRedirects(Redirects.DONT_FOLLOW)
			.postForEntity("/login", new HttpEntity<>(form, headers), String.class);
	}

	/** The session cookie a sign-in's answer sets ({@code JSESSIONID=...}). */
	static String sessionCookie(ResponseEntity<?> response) {
		return cookies(response).stream()
			.filter((cookie) -> cookie.startsWith("JSESSIONID="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie after sign-in"));
	}

	/** The cookies a response sets, as a browser sends them back ({@code name=value}). */
	static List<String> cookies(ResponseEntity<?> response) {
		List<String> cookies = response.getHeaders().get(HttpHeaders.SET_COOKIE);
		return (cookies != null) ? cookies.stream().map((cookie) -> cookie.split(";", 2)[0]).toList() : List.of();
	}

}
