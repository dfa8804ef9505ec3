package org.eservices.portal.json;

import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

/**
 * Reads every JSON request body of the API as strictly as a browser writes one: valid
 * UTF-8 only (no overlong forms, no encoded surrogates), one JSON value with nothing
 * after it and no key twice (the application's parser settings), and no text a database
 * or a mail system would choke on (NUL, lone surrogates). Anything else is refused before
 * a controller sees it, with a message that says why.
 */
class StrictJsonConverter extends MappingJackson2HttpMessageConverter {

	/** Far above any form's data; attachments come as multipart, not JSON. */
	static final int MAX_BYTES = 512 * 1024;

	StrictJsonConverter(ObjectMapper mapper) {
		super(mapper);
	}

	@Override
	public Object read(Type type, Class<?> contextClass, HttpInputMessage input) throws IOException {
		String text = utf8(input);
		JsonNode tree;
		try {
			tree = getObjectMapper().readTree(text);
		}
		catch (JsonProcessingException ex) {
			throw new UnreadableJsonException("The request body is not valid JSON: " + ex.getOriginalMessage() + ".",
					input);
		}
		if (tree == null || tree.isMissingNode()) {
			throw new UnreadableJsonException("The request body is empty.", input);
		}
		String problem = firstUnstorableText(tree);
		if (problem != null) {
			throw new UnreadableJsonException(problem, input);
		}
		try {
			return getObjectMapper().readerFor(getObjectMapper().constructType(getJavaType(type, contextClass)))
				.readValue(tree);
		}
		catch (JsonProcessingException ex) {
			throw new UnreadableJsonException(
					"The request body does not have the expected shape: " + ex.getOriginalMessage() + ".", input);
		}
	}

	private static String utf8(HttpInputMessage input) throws IOException {
		byte[] bytes = input.getBody().readNBytes(MAX_BYTES + 1);
		if (bytes.length > MAX_BYTES) {
			throw new UnreadableJsonException("The request body is larger than " + MAX_BYTES / 1024 + " KB.", input);
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new UnreadableJsonException("The request body is not valid UTF-8.", input);
		}
	}

	/** A message for the first text (key or value) that no later step could keep. */
	private static String firstUnstorableText(JsonNode node) {
		if (node.isTextual()) {
			return unstorable(node.asText());
		}
		if (node.isObject()) {
			for (Map.Entry<String, JsonNode> field : node.properties()) {
				String key = unstorable(field.getKey());
				String problem = (key != null) ? key : firstUnstorableText(field.getValue());
				if (problem != null) {
					return problem;
				}
			}
		}
		if (node.isArray()) {
			for (JsonNode item : node) {
				String problem = firstUnstorableText(item);
				if (problem != null) {
					return problem;
				}
			}
		}
		return null;
	}

	private static String unstorable(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\u0000') {
				return "Text must not contain the NUL character.";
			}
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return "Text must not contain half of a character (a lone surrogate).";
			}
		}
		return null;
	}

}
