package org.eservices.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The people of the load test, made on the platform before it starts, through its public
 * API as they would be in production: citizens sign up (each with one request already, so
 * "my requests" is never empty), clerks of the licensing department are created by the
 * platform's admin in the engine's identity service.
 */
final class LoadUsers {

	static final String PASSWORD = "load test password 1";

	private final HttpClient http = HttpClient.newHttpClient();

	private final String baseUrl;

	private final String adminPassword;

	LoadUsers(String baseUrl, String adminPassword) {
		this.baseUrl = baseUrl;
		this.adminPassword = adminPassword;
	}

	List<Map<String, Object>> citizens(int count) throws IOException, InterruptedException {
		List<Map<String, Object>> citizens = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			String email = "load.citizen." + i + "@example.org";
			int signedUp = send(HttpRequest.newBuilder(uri("/api/signup"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("""
						{"email": "%s", "firstName": "Load", "lastName": "Citizen %d", "password": "%s"}"""
					.formatted(email, i, PASSWORD))));
			// refused: there from an earlier run, if the password lets them in
			require(signedUp == 201 || signedUp == 200
					|| send(authorized(HttpRequest.newBuilder(uri("/api/me")), email, PASSWORD)) == 200,
					"sign-up of " + email, signedUp);
			if (send(authorized(HttpRequest.newBuilder(uri("/api/requests?size=1")), email, PASSWORD)) == 200
					&& !body(authorized(HttpRequest.newBuilder(uri("/api/requests?size=1")), email, PASSWORD))
						.contains("\"reference\"")) {
				int submitted = send(
						authorized(HttpRequest.newBuilder(uri(PortalLoadSimulation.SUBMIT)), email, PASSWORD)
							.header("Content-Type", "application/json")
							.header("Idempotency-Key", UUID.randomUUID().toString())
							.POST(HttpRequest.BodyPublishers
								.ofString(PortalLoadSimulation.application("Setup Shop " + i))));
				require(submitted == 201, "first request of " + email, submitted);
			}
			citizens.add(Map.of("user", email, "password", PASSWORD));
		}
		return citizens;
	}

	List<Map<String, Object>> clerks(int count) throws IOException, InterruptedException {
		List<Map<String, Object>> clerks = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			String id = "load-clerk-" + i;
			int created = send(
					authorized(HttpRequest.newBuilder(uri("/engine-rest/user/create")), "admin", this.adminPassword)
						.header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers.ofString("""
								{"profile": {"id": "%s", "firstName": "Load", "lastName": "Clerk %d",
								 "email": "%s@staff.example"}, "credentials": {"password": "%s"}}""".formatted(id, i,
								id, PASSWORD))));
			// refused: there from an earlier run, if the password lets them in
			require(created == 204 || send(authorized(HttpRequest.newBuilder(uri("/api/me")), id, PASSWORD)) == 200,
					"clerk " + id, created);
			for (String group : List.of("clerk", "licensing")) {
				int member = send(
						authorized(HttpRequest.newBuilder(uri("/engine-rest/group/" + group + "/members/" + id)),
								"admin", this.adminPassword)
							.PUT(HttpRequest.BodyPublishers.noBody()));
				// 409: a member already, from an earlier run
				require(member == 204 || member == 409, id + " in " + group, member);
			}
			clerks.add(Map.of("user", id, "password", PASSWORD));
		}
		return clerks;
	}

	private URI uri(String path) {
		return URI.create(this.baseUrl + path);
	}

	private static HttpRequest.Builder authorized(HttpRequest.Builder request, String user, String password) {
		return request
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
			.header("X-Requested-With", "XMLHttpRequest");
	}

	private int send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private String body(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
	}

	private static void require(boolean ok, String what, int status) {
		if (!ok) {
			throw new IllegalStateException(what + " answered " + status);
		}
	}

}
