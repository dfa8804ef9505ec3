package org.eservices.app.it;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Guessing passwords from one address runs into the sign-in limit (here 10 per 10
 * seconds): 429 with Retry-After, and sign-in works again once the period is over.
 */
class SignInRateLimitIntegrationTest extends PostgresIntegrationTest {

	@Test
	void repeatedSignInAttemptsAreRefusedWith429UntilTheLimitRecovers() {
		LoginPage loginPage = LoginPage.open(this.rest);
		List<String> cookies = loginPage.cookies();
		String csrf = loginPage.csrfToken();
		String guess = "username=nobody&password=guess&_csrf=" + csrf;

		ResponseEntity<String> refused = null;
		for (int attempt = 0; attempt <= 10 && refused == null; attempt++) {
			ResponseEntity<String> answer = signIn(guess, cookies);
			if (answer.getStatusCode() == HttpStatus.TOO_MANY_REQUESTS) {
				refused = answer;
			}
			else {
				assertThat(answer.getHeaders().getLocation().toString()).as("a wrong password")
					.endsWith("/login?error");
			}
		}
		assertThat(refused).as("refused within the limit's capacity").isNotNull();
		assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
		assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).matches("\\d+");
		assertThat(signIn("username=" + TestUsers.OMAR + "&password=" + TestUsers.PASSWORD + "&_csrf=" + csrf, cookies)
			.getStatusCode()).as("even the right password waits").isEqualTo(HttpStatus.TOO_MANY_REQUESTS);

		await("the limit recovers").atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> signIn("username=" + TestUsers.OMAR + "&password=" + TestUsers.PASSWORD + "&_csrf=" + csrf,
					cookies)
				.getStatusCode() == HttpStatus.FOUND);
	}

	/**
	 * Through a client that does not retry a 429 by itself, as TestRestTemplate's Apache
	 * client would.
	 */
	private ResponseEntity<String> signIn(String form, List<String> cookies) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		headers.put(HttpHeaders.COOKIE, cookies);
		TestRestTemplate client = this.rest.withRedirects(Redirects.DONT_FOLLOW);
		client.getRestTemplate()
			.setRequestFactory(new JdkClientHttpRequestFactory(java.net.http.HttpClient.newBuilder()
				.followRedirects(java.net.http.HttpClient.Redirect.NEVER)
				.build()));
		return client.postForEntity("/login", new HttpEntity<>(form, headers), String.class);
	}

}
