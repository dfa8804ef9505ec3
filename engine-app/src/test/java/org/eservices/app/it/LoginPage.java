package org.eservices.app.it;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local sign-in form as a browser gets it: its CSRF token and the cookies that go
 * with it.
 */
record LoginPage(String csrfToken, List<String> cookies) {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");

	static LoginPage open(TestRestTemplate rest) {
		ResponseEntity<String> page = rest.getForEntity("/login", String.class);
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		Matcher token = CSRF_FIELD.matcher(page.getBody());
		assertThat(token.find()).as("login form carries a CSRF token").isTrue();
		return new LoginPage(token.group(1), cookies(page));
	}

	/** The cookies a response sets, as a browser sends them back ({@code name=value}). */
	static List<String> cookies(ResponseEntity<?> response) {
		List<String> cookies = response.getHeaders().get(HttpHeaders.SET_COOKIE);
		return (cookies != null) ? cookies.stream().map((cookie) -> cookie.split(";", 2)[0]).toList() : List.of();
	}

}
