package org.eservices.portal.requests;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * A request's timeline as JSON in its own row: a handful of entries, always read with the
 * request and written when its status changes, so one row write instead of two and no
 * second query. Plain text, so H2 and PostgreSQL store it alike.
 */
@Converter
public class TimelineColumn implements AttributeConverter<List<TimelineStep>, String> {

	private static final ObjectMapper JSON = JsonMapper.builder()
		.addModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
		.build();

	private static final TypeReference<List<TimelineStep>> STEPS = new TypeReference<>() {
	};

	@Override
	public String convertToDatabaseColumn(List<TimelineStep> steps) {
		try {
			return JSON.writeValueAsString((steps != null) ? steps : List.of());
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public List<TimelineStep> convertToEntityAttribute(String json) {
		if (json == null || json.isBlank()) {
			return List.of();
		}
		try {
			return List.copyOf(JSON.readValue(json, STEPS));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
