package org.eservices.app.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a phone on a weak connection downloads: scripts gzipped and kept for a year under
 * their hashed names, and the page itself asked for anew each time.
 */
class PortalShellIntegrationTest extends PostgresIntegrationTest {

	private static final Pattern SCRIPT = Pattern.compile("/webjars/portal-web/assets/index-[\\w-]+\\.js");

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void scriptsAreGzippedAndKeptUnderTheirHashedNames() throws Exception {
		HttpResponse<String> page = get("/", true);
		assertThat(page.headers().firstValue("Cache-Control")).as("the page always asked for anew")
			.hasValueSatisfying((cache) -> assertThat(cache).contains("no-store"));
		Matcher script = SCRIPT.matcher(get("/", false).body());
		assertThat(script.find()).as("the page's script").isTrue();

		HttpResponse<byte[]> compressed = this.http.send(request(script.group(), true),
				HttpResponse.BodyHandlers.ofByteArray());
		HttpResponse<byte[]> plain = this.http.send(request(script.group(), false),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(compressed.body().length).as("gzip takes off more than half").isLessThan(plain.body().length / 2);
		assertThat(compressed.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((cache) -> assertThat(cache).contains("max-age=31536000").contains("immutable"));
	}

	private HttpResponse<String> get(String path, boolean gzip) throws IOException, InterruptedException {
		return this.http.send(request(path, gzip), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest request(String path, boolean gzip) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
		if (gzip) {
			request.header("Accept-Encoding", "gzip");
		}
		return request.build();
	}

}
