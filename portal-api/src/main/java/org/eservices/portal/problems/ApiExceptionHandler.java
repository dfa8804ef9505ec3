package org.eservices.portal.problems;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.eservices.portal.forms.FormValidationException;
import org.eservices.portal.i18n.Messages;
import org.eservices.portal.json.UnreadableJsonException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as {@code application/problem+json} (RFC 9457).
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	@ExceptionHandler
	ProblemDetail invalidForm(FormValidationException ex) {
		return invalidFields(ex.errors());
	}

	/**
	 * A body the API could not read: the reason, where the reader gave one for the client
	 * (never the parser's internals).
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				(ex instanceof UnreadableJsonException) ? ex.getMessage() : "The request body could not be read.");
		problem.setTitle("Unreadable request body");
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@ExceptionHandler
	ProblemDetail badRequest(BadRequestException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Bad request");
		return problem;
	}

	/** Bean Validation of a request body: the same problem shape as a form's. */
	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Map<String, List<String>> errors = new TreeMap<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.computeIfAbsent(error.getField(), (field) -> new ArrayList<>()).add(error.getDefaultMessage());
		}
		return ResponseEntity.badRequest().body(invalidFields(errors));
	}

	private static ProblemDetail invalidFields(Map<String, List<String>> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				Messages.get("problem.invalidFields", String.join(", ", errors.keySet())));
		problem.setType(URI.create("/problems/invalid-form-data"));
		problem.setTitle("Invalid form data");
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler
	ProblemDetail notFound(NotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Not found");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail conflict(ConflictException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle("Conflict");
		return problem;
	}

	/**
	 * Two people changing one thing at once (in our tables, or in the engine's: two
	 * clerks claiming one task, a completion while the case's job runs): the second is
	 * told, nothing is lost.
	 */
	@ExceptionHandler({ OptimisticLockingFailureException.class, OptimisticLockingException.class })
	ProblemDetail concurrentChange(RuntimeException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"It was changed by someone else at the same time. Reload it and try again.");
		problem.setTitle("Conflict");
		return problem;
	}

	/** Claimed by another clerk between reading the task and claiming it. */
	@ExceptionHandler
	ProblemDetail claimedMeanwhile(TaskAlreadyClaimedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"The task was claimed by someone else at the same time.");
		problem.setTitle("Conflict");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail preconditionFailed(PreconditionFailedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED, ex.getMessage());
		problem.setTitle("Changed since you read it");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail unprocessable(UnprocessableException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, ex.getMessage());
		problem.setTitle(ex.title());
		return problem;
	}

}
