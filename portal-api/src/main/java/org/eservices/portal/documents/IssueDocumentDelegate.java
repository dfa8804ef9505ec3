package org.eservices.portal.documents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.eservices.contract.ProcessVariables;
import org.eservices.portal.attachments.AttachmentInfo;
import org.eservices.portal.requests.PortalSettings;

import org.springframework.stereotype.Component;

/**
 * "Issue document" ({@code ${issueDocumentDelegate}}, element template
 * {@code issue-document}): the e-service's document template, filled with the case's
 * data, as a PDF/A of the request with a verification code; the document's id in the
 * result variable. Runs as a job ({@code asyncBefore}); a failed try leaves nothing, so a
 * retry issues it once.
 */
@Component("issueDocumentDelegate")
class IssueDocumentDelegate implements JavaDelegate {

	static final String TEMPLATE = "template";

	static final String NUMBER = "number";

	static final String HOLDER = "holder";

	static final String LANGUAGES = "languages";

	static final String VALID_UNTIL = "validUntil";

	static final String RESULT_VARIABLE = "resultVariable";

	/** What the element template binds: every input the delegate reads. */
	static final List<String> INPUTS = List.of(TEMPLATE, NUMBER, HOLDER, LANGUAGES, VALID_UNTIL, RESULT_VARIABLE);

	private final IssuedDocuments documents;

	private final PortalSettings settings;

	private final Clock clock;

	IssueDocumentDelegate(IssuedDocuments documents, PortalSettings settings, Clock clock) {
		this.documents = documents;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		DelegateInputs inputs = new DelegateInputs(execution);
		String processKey = inputs.processKey();
		List<String> languages = Arrays.stream(inputs.optional(LANGUAGES).orElse("en").split(","))
			.map(String::strip)
			.filter((language) -> !language.isEmpty())
			.distinct()
			.toList();
		AttachmentInfo issued = this.documents.issue(new IssuedDocuments.Issue(execution.getProcessBusinessKey(),
				inputs.required(ProcessVariables.CITIZEN_ID), processKey, execution.getProcessDefinitionId(),
				inputs.required(TEMPLATE), languages, inputs.required(NUMBER), inputs.required(HOLDER),
				validUntil(execution.getVariable(VALID_UNTIL), inputs), execution.getVariables()));
		execution.setVariable(inputs.optional(RESULT_VARIABLE).orElse("documentId"), issued.id());
	}

	/**
	 * A date, an ISO date or time ({@code 2027-12-31}), or a period from today
	 * ({@code P1Y}, {@code P6M}, {@code PT72H}); a date means to the end of that day.
	 */
	private Instant validUntil(Object value, DelegateInputs inputs) {
		if (value == null || value.toString().isBlank()) {
			return null;
		}
		if (value instanceof Date date) {
			return date.toInstant();
		}
		String text = value.toString().strip();
		try {
			if (text.startsWith("PT")) {
				return this.clock.instant().plus(Duration.parse(text));
			}
			if (text.startsWith("P")) {
				return LocalDate.ofInstant(this.clock.instant(), this.settings.timeZone())
					.plus(Period.parse(text))
					.plusDays(1)
					.atStartOfDay(this.settings.timeZone())
					.toInstant();
			}
			if (text.length() == 10) {
				return LocalDate.parse(text).plusDays(1).atStartOfDay(this.settings.timeZone()).toInstant();
			}
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw inputs.invalid(VALID_UNTIL, "a date, an ISO date (2027-12-31) or a period (P1Y), not '" + text + "'");
		}
	}

}
