package org.eservices.portal.json;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.mock.http.MockHttpInputMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the API's JSON reader takes and refuses, with the parser settings it runs with.
 */
class StrictJsonConverterTest {

	private static final ObjectMapper MAPPER = JsonMapper.builder()
		.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private final StrictJsonConverter converter = new StrictJsonConverter(MAPPER);

	@Test
	void aFormsDataIsReadAsWritten() throws Exception {
		ObjectNode read = (ObjectNode) read("{\"name\": \"Zoë 😀\", \"n\": 3.25}".getBytes(StandardCharsets.UTF_8));
		assertThat(read.get("name").asText()).isEqualTo("Zoë 😀");
		assertThat(read.get("n").decimalValue()).isEqualByComparingTo("3.25");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"a\": 1} xyz", "{\"a\": 1, \"a\": 2}", "{\"a\": \"x\\u0000y\"}", "{\"a\": \"\\ud800\"}",
			"{\"\\udc00\": 1}", "", "{\"a\": " })
	void refusesWhatNoBrowserWrites(String json) {
		assertThatThrownBy(() -> read(json.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(UnreadableJsonException.class);
	}

	@Test
	void refusesBytesThatAreNotUtf8() {
		byte[] overlong = { '{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}' };
		byte[] encodedSurrogate = { '{', '"', 'a', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}' };
		assertThatThrownBy(() -> read(overlong)).isInstanceOf(UnreadableJsonException.class)
			.hasMessageContaining("UTF-8");
		assertThatThrownBy(() -> read(encodedSurrogate)).isInstanceOf(UnreadableJsonException.class);
	}

	private Object read(byte[] body) throws Exception {
		MockHttpInputMessage input = new MockHttpInputMessage(body);
		input.getHeaders().setContentType(MediaType.APPLICATION_JSON);
		return this.converter.read(ObjectNode.class, null, input);
	}

}
