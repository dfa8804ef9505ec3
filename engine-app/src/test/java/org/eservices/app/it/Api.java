package org.eservices.app.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The portal API as a client calls it: JSON in and out, as the given user (HTTP Basic, or
 * a Keycloak access token).
 */
class Api {

	private final TestRestTemplate rest;

	private final String password;

	private final Function<String, String> accessTokens;

	Api(TestRestTemplate rest) {
		this(rest, TestUsers.PASSWORD);
	}

	Api(TestRestTemplate rest, String password) {
		this.rest = rest;
		this.password = password;
		this.accessTokens = null;
	}

	/** Sends each user's Keycloak access token instead of a password. */
	Api(TestRestTemplate rest, Function<String, String> accessTokens) {
		this.rest = rest;
		this.password = null;
		this.accessTokens = accessTokens;
	}

	ResponseEntity<JsonNode> get(String user, String path) {
		return exchange(user, HttpMethod.GET, path, null, new HttpHeaders());
	}

	ResponseEntity<JsonNode> post(String user, String path, String json) {
		return post(user, path, json, new HttpHeaders());
	}

	ResponseEntity<JsonNode> post(String user, String path, String json, HttpHeaders headers) {
		return exchange(user, HttpMethod.POST, path, json, headers);
	}

	/** A file sent as a browser's file field sends it (multipart, part "file"). */
	ResponseEntity<JsonNode> upload(String user, String path, String filename, byte[] content) {
		HttpHeaders fileHeaders = new HttpHeaders();
		fileHeaders.setContentType(MediaType.APPLICATION_OCTET_STREAM);
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("file", new HttpEntity<>(new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return filename;
			}
		}, fileHeaders));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return as(user, headers).exchange(path, HttpMethod.POST, new HttpEntity<>(parts, headers), JsonNode.class);
	}

	/** The id of the task for a request in a clerk's inbox, if there is one. */
	Optional<String> taskOf(String clerk, String reference) {
		return inboxRow(clerk, reference, new HttpHeaders()).map((task) -> task.get("id").asText());
	}

	/**
	 * A request's row in a clerk's inbox, as the headers (e.g. a language) ask for it.
	 */
	Optional<JsonNode> inboxRow(String clerk, String reference, HttpHeaders headers) {
		// every page: the inbox grows with the tests that share the context
		for (int page = 0;; page++) {
			JsonNode content = exchange(clerk, HttpMethod.GET, "/api/tasks?size=100&page=" + page, null, headers)
				.getBody()
				.get("content");
			if (content.isEmpty()) {
				return Optional.empty();
			}
			for (JsonNode task : content) {
				if (reference.equals(task.get("reference").asText())) {
					return Optional.of(task);
				}
			}
		}
	}

	/** The audit log's entries matching a query, newest first, as an admin reads them. */
	List<JsonNode> audit(String admin, String query) {
		ResponseEntity<JsonNode> found = get(admin, "/api/admin/audit?size=100&" + query);
		if (!found.getStatusCode().is2xxSuccessful()) {
			throw new AssertionError("audit log: " + found.getStatusCode() + " " + found.getBody());
		}
		List<JsonNode> entries = new ArrayList<>();
		found.getBody().get("content").forEach(entries::add);
		return entries;
	}

	/** A GET whose answer is text, such as the metrics. */
	ResponseEntity<String> exchangeText(String user, String path) {
		HttpHeaders headers = new HttpHeaders();
		return as(user, headers).exchange(path, HttpMethod.GET, new HttpEntity<>(null, headers), String.class);
	}

	/** A form button on a server-rendered page, such as the sandbox checkout's. */
	ResponseEntity<String> press(String user, String path) {
		HttpHeaders headers = new HttpHeaders();
		return as(user, headers).exchange(path, HttpMethod.POST, new HttpEntity<>(null, headers), String.class);
	}

	ResponseEntity<JsonNode> exchange(String user, HttpMethod method, String path, String json, HttpHeaders headers) {
		HttpHeaders all = new HttpHeaders();
		all.addAll(headers);
		if (json != null) {
			all.setContentType(MediaType.APPLICATION_JSON);
		}
		return as(user, all).exchange(path, method, new HttpEntity<>(json, all), JsonNode.class);
	}

	private TestRestTemplate as(String user, HttpHeaders headers) {
		if (user == null) {
			return this.rest;
		}
		if (this.accessTokens != null) {
			headers.setBearerAuth(this.accessTokens.apply(user));
			return this.rest;
		}
		return this.rest.withBasicAuth(user, this.password);
	}

}
