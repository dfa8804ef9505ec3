package org.eservices.app.it;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser signs in with the login form, keeps a server-side session, and must send the
 * CSRF token with every change.
 */
class BrowserSessionIntegrationTest extends PostgresIntegrationTest {

	@Test
	void formLoginGivesASessionThatNeedsTheCsrfTokenForChanges() {
		ResponseEntity<String> login = LoginPage.open(this.rest).signIn(this.rest, TestUsers.ANNA, TestUsers.PASSWORD);
		assertThat(login.getStatusCode()).isEqualTo(HttpStatus.FOUND);
		assertThat(login.getHeaders().getLocation().toString()).doesNotContain("/login");
		String session = LoginPage.sessionCookie(login);
		assertThat(login.getHeaders().get(HttpHeaders.SET_COOKIE)).as("production session cookie")
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("JSESSIONID=")
				.contains("; Secure", "; HttpOnly", "; SameSite=Lax"));
		assertThat(this.api.audit(TestUsers.ROOT, "kind=SIGN_IN&actor=" + TestUsers.ANNA)).as("sign-in is audited")
			.isNotEmpty()
			.first()
			.satisfies((entry) -> assertThat(entry.get("clientAddress").asText()).isEqualTo("127.0.0.1"));

		HttpHeaders browser = new HttpHeaders();
		browser.add(HttpHeaders.COOKIE, session);
		assertThat(this.rest.exchange("/api/requests", HttpMethod.GET, new HttpEntity<>(browser), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);

		browser.setContentType(MediaType.APPLICATION_JSON);
		HttpEntity<String> withoutToken = new HttpEntity<>(Applications.valid("Session Shop"), browser);
		ResponseEntity<String> forged = this.rest.postForEntity(Applications.PATH, withoutToken, String.class);
		assertThat(forged.getStatusCode()).as("a change without the CSRF token").isEqualTo(HttpStatus.FORBIDDEN);

		String xsrf = "0123456789abcdef";
		HttpHeaders withToken = new HttpHeaders();
		withToken.addAll(browser);
		withToken.set(HttpHeaders.COOKIE, session + "; XSRF-TOKEN=" + xsrf);
		withToken.set("X-XSRF-TOKEN", xsrf);
		ResponseEntity<String> submitted = this.rest.postForEntity(Applications.PATH,
				new HttpEntity<>(Applications.valid("Session Shop"), withToken), String.class);
		assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
	}

	/**
	 * A wrong password is refused and audited, and does not lock the user out: whoever
	 * knows a user name could otherwise keep that user from signing in (wrong passwords
	 * are limited per client address instead, see SignInRateLimitIntegrationTest).
	 */
	@Test
	void aWrongPasswordIsRefusedAndAuditedButLocksNoOneOut() {
		TestUsers.ensureThrottleVictim(this.users);
		for (int attempt = 0; attempt < 3; attempt++) {
			assertThat(new Api(this.rest, "wrong").get(TestUsers.THROTTLED, "/api/requests").getStatusCode())
				.isEqualTo(HttpStatus.UNAUTHORIZED);
		}
		assertThat(this.api.get(TestUsers.THROTTLED, "/api/requests").getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(this.api.audit(TestUsers.ROOT, "kind=SIGN_IN_FAILED&actor=" + TestUsers.THROTTLED))
			.as("refused attempts are audited")
			.isNotEmpty();
	}

}
