package org.eservices.app.engine.rest;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;

/**
 * The engine REST API asked to create what exists already (a user, a group, a membership,
 * a tenant with that id): 409 with a problem the caller can read, where Camunda's own
 * handler answers 500 to every error of the database. Every other error goes on to
 * Camunda's handler as before.
 */
class ExistingEntityConflict implements ExceptionMapper<ProcessEnginePersistenceException> {

	/** SQL's "unique violation", PostgreSQL's and H2's alike. */
	private static final String UNIQUE_VIOLATION = "23505";

	private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

	@Override
	public Response toResponse(ProcessEnginePersistenceException exception) {
		if (!isUniqueViolation(exception)) {
			return this.camunda.toResponse(exception);
		}
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", "Conflict");
		problem.put("status", Response.Status.CONFLICT.getStatusCode());
		String detail = "What this asks to create already exists (an entry with the same id); nothing was "
				+ "changed. Read it, or change it with its own call.";
		problem.put("detail", detail);
		// what Camunda's clients read of its own error answers
		problem.put("message", detail);
		return Response.status(Response.Status.CONFLICT).type("application/problem+json").entity(problem).build();
	}

	private static boolean isUniqueViolation(Throwable exception) {
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& sql.getSQLState().startsWith(UNIQUE_VIOLATION)) {
				return true;
			}
		}
		return false;
	}

}
