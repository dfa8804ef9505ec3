package org.eservices.app.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guessing passwords from one address runs into the sign-in limit (here 30 a second): 429
 * with Retry-After, and sign-in works again once the period is over. Each test signs in
 * from an address of its own (through the trusted local proxy's {@code X-Forwarded-For})
 * with the clock stopped, so neither other tests nor the refill's timing decide the
 * outcome.
 */
class SignInRateLimitIntegrationTest extends PostgresIntegrationTest {

	/** As configured for all integration tests: far above any other test's pace. */
	private static final int CAPACITY = 30;

	@Autowired
	private TestClock clock;

	@LocalServerPort
	private int port;

	@AfterEach
	void resumeClock() {
		this.clock.resume();
	}

	@Test
	void theAttemptAfterTheCapacityIsRefusedUntilThePeriodIsOver() {
		this.clock.stop();
		Client guesser = new Client(LoginPage.open(this.rest), newAddress());
		for (int attempt = 0; attempt < CAPACITY; attempt++) {
			assertThat(guesser.signIn("nobody", "guess").getHeaders().getLocation().toString())
				.as("wrong password %d of %d", attempt + 1, CAPACITY)
				.endsWith("/login?error");
		}

		ResponseEntity<String> refused = guesser.signIn("nobody", "guess");
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
		assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
		assertThat(refused.getBody()).contains("Too many attempts");
		assertThat(guesser.signIn(TestUsers.OMAR, TestUsers.PASSWORD).getStatusCode())
			.as("even the right password waits")
			.isEqualTo(HttpStatus.TOO_MANY_REQUESTS);

		this.clock.advance(Duration.ofSeconds(1));
		assertThat(guesser.signIn(TestUsers.OMAR, TestUsers.PASSWORD).getStatusCode()).as("the limit has recovered")
			.isEqualTo(HttpStatus.FOUND);
	}

	@Test
	void anotherAddressIsNotHeldUpByTheGuesser() {
		this.clock.stop();
		Client guesser = new Client(LoginPage.open(this.rest), newAddress());
		for (int attempt = 0; attempt <= CAPACITY; attempt++) {
			guesser.signIn("nobody", "guess");
		}
		assertThat(guesser.signIn("nobody", "guess").getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);

		ResponseEntity<String> neighbour = new Client(LoginPage.open(this.rest), newAddress()).signIn(TestUsers.OMAR,
				TestUsers.PASSWORD);
		assertThat(neighbour.getStatusCode()).isEqualTo(HttpStatus.FOUND);
		assertThat(neighbour.getHeaders().getLocation().toString()).doesNotContain("error");
	}

	@Test
	void aClientThatIsNoTrustedProxyCannotPickItsAddress() throws IOException {
		this.clock.stop();
		LoginPage page = LoginPage.open(this.rest);
		String form = "username=nobody&password=guess&_csrf=" + page.csrfToken();
		// 127.0.0.2 is this machine too, but not the proxy the tests trust (127.0.0.1)
		for (int attempt = 0; attempt < CAPACITY; attempt++) {
			assertThat(postFrom("127.0.0.2", newAddress(), form, page)).as("attempt %d", attempt + 1).isEqualTo(302);
		}
		assertThat(postFrom("127.0.0.2", newAddress(), form, page)).as("a new forwarded address each time")
			.isEqualTo(429);
		assertThat(postFrom("127.0.0.1", newAddress(), form, page)).as("the trusted proxy's client").isEqualTo(302);
	}

	@Test
	void wrongBasicCredentialsRunIntoTheLimitOfTheirAddressOnEveryApi() {
		this.clock.stop();
		String guesser = newAddress();
		for (int attempt = 0; attempt < CAPACITY; attempt++) {
			String path = (attempt % 2 == 0) ? "/api/requests" : "/engine-rest/deployment";
			assertThat(basic(guesser, TestUsers.OMAR, "guess-" + attempt, path).getStatusCode())
				.as("attempt %d on %s", attempt + 1, path)
				.isEqualTo(HttpStatus.UNAUTHORIZED);
		}
		ResponseEntity<String> refused = basic(guesser, TestUsers.OMAR, TestUsers.PASSWORD, "/api/requests");
		assertThat(refused.getStatusCode()).as("even the right password waits").isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
		assertThat(basic(newAddress(), TestUsers.OMAR, TestUsers.PASSWORD, "/api/requests").getStatusCode())
			.as("the user is not locked out from elsewhere")
			.isEqualTo(HttpStatus.OK);
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(basic(guesser, TestUsers.OMAR, TestUsers.PASSWORD, "/api/requests").getStatusCode())
			.isEqualTo(HttpStatus.OK);
	}

	private ResponseEntity<String> basic(String address, String user, String password, String path) {
		HttpHeaders headers = new HttpHeaders();
		headers.set("X-Forwarded-For", address);
		headers.setBasicAuth(user, password);
		return this.rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
	}

	/** The status of a sign-in posted over a socket bound to {@code localAddress}. */
	private int postFrom(String localAddress, String forwardedFor, String form, LoginPage page) throws IOException {
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(localAddress, 0));
			socket.connect(new InetSocketAddress("127.0.0.1", this.port));
			byte[] body = form.getBytes(StandardCharsets.UTF_8);
			String head = "POST /login HTTP/1.1\r\nHost: 127.0.0.1:" + this.port + "\r\n"
					+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length + "\r\n"
					+ "Cookie: " + String.join("; ", page.cookies()) + "\r\nX-Forwarded-For: " + forwardedFor
					+ "\r\nConnection: close\r\n\r\n";
			OutputStream out = socket.getOutputStream();
			out.write(head.getBytes(StandardCharsets.US_ASCII));
			out.write(body);
			out.flush();
			String statusLine = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
				.readLine();
			return Integer.parseInt(statusLine.split(" ")[1]);
		}
	}

	/** An address in the documentation range, unique to the test. */
	private static String newAddress() {
		int bits = UUID.randomUUID().hashCode();
		return "2001:db8::" + Integer.toHexString(bits >>> 16) + ":" + Integer.toHexString(bits & 0xffff);
	}

	/**
	 * A browser behind the proxy at {@code address}, through a client that does not retry
	 * a 429 by itself, as TestRestTemplate's Apache client would.
	 */
	private final class Client {

		private final LoginPage page;

		private final String address;

		Client(LoginPage page, String address) {
			this.page = page;
			this.address = address;
		}

		ResponseEntity<String> signIn(String user, String password) {
			HttpHeaders headers = new HttpHeaders();
			headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
			headers.put(HttpHeaders.COOKIE, List.copyOf(this.page.cookies()));
			if (this.address != null) {
				headers.set("X-Forwarded-For", this.address);
			}
			TestRestTemplate client = SignInRateLimitIntegrationTest.this.rest.withRedirects(Redirects.DONT_FOLLOW);
			client.getRestTemplate()
				.setRequestFactory(new JdkClientHttpRequestFactory(java.net.http.HttpClient.newBuilder()
					.followRedirects(java.net.http.HttpClient.Redirect.NEVER)
					.build()));
			String form = "username=" + user + "&password=" + password + "&_csrf=" + this.page.csrfToken();
			return client.postForEntity("/login", new HttpEntity<>(form, headers), String.class);
		}

	}

}
