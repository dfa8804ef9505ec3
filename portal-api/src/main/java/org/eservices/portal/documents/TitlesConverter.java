package org.eservices.portal.documents;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A document's titles by language, kept as a small JSON object. */
@Converter
class TitlesConverter implements AttributeConverter<Map<String, String>, String> {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Override
	public String convertToDatabaseColumn(Map<String, String> titles) {
		try {
			return JSON.writeValueAsString(titles);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	@Override
	public Map<String, String> convertToEntityAttribute(String json) {
		try {
			return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {
			});
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Stored titles are not JSON", ex);
		}
	}

}
