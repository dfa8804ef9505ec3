package org.eservices.app.engine.rest;

import java.sql.SQLException;

import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExistingEntityConflictTest {

	private final ExistingEntityConflict mapper = new ExistingEntityConflict();

	@Test
	void aRowThatExistsAlreadyIsAConflict() {
		Response answer = this.mapper.toResponse(failedFlush("23505"));

		assertThat(answer.getStatus()).isEqualTo(409);
		assertThat(answer.getMediaType()).hasToString("application/problem+json");
	}

	@Test
	void anyOtherErrorOfTheDatabaseIsAnsweredAsCamundaDoes() {
		Response answer = this.mapper.toResponse(failedFlush("23503"));

		assertThat(answer.getStatus()).as("a missing reference is no conflict").isEqualTo(500);
	}

	private static ProcessEnginePersistenceException failedFlush(String sqlState) {
		return new ProcessEnginePersistenceException("ENGINE-03083 Exception while executing Batch Database Operations",
				new SQLException("refused by the database", sqlState));
	}

}
