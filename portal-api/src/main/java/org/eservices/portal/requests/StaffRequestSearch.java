package org.eservices.portal.requests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Predicate;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.eservices.portal.catalog.EService;
import org.eservices.portal.catalog.ServiceCatalog;
import org.eservices.portal.catalog.Translations.ServiceTexts;
import org.eservices.portal.catalog.Translations;
import org.eservices.portal.forms.FormValidationException;
import org.eservices.portal.paging.PageResponse.PageRequest;
import org.eservices.portal.paging.PageResponse;
import org.eservices.portal.security.PortalUser;
import org.eservices.portal.staff.TaskGroups;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff's search over the requests of the e-services their departments work (those
 * whose tasks name one of their groups): by reference and applicant name (both "starts
 * with", on indexed columns), e-service, status and an answer of the form (a field equal
 * to a value, see {@link AnswerMatch}); newest first, a page at a time.
 */
@Service
@Transactional(readOnly = true)
public class StaffRequestSearch {

	private final ServiceRequestRepository requests;

	private final ServiceCatalog catalog;

	private final Translations translations;

	private final TaskService taskService;

	private final AnswerMatch answers;

	StaffRequestSearch(ServiceRequestRepository requests, ServiceCatalog catalog, Translations translations,
			TaskService taskService, AnswerMatch answers) {
		this.answers = answers;
		this.requests = requests;
		this.catalog = catalog;
		this.translations = translations;
		this.taskService = taskService;
	}

	/** The e-services whose tasks name one of the staff member's departments. */
	public Set<String> servicesOf(PortalUser staff) {
		return this.catalog.all()
			.stream()
			.filter((service) -> service.departments().stream().anyMatch(staff.groups()::contains))
			.map(EService::key)
			.collect(Collectors.toSet());
	}

	public PageResponse<Row> search(PortalUser staff, Criteria criteria, PageRequest page, Locale locale) {
		Set<String> services = servicesOf(staff).stream()
			.filter((key) -> criteria.service() == null || criteria.service().equals(key))
			.collect(Collectors.toSet());
		if (services.isEmpty()) {
			return PageResponse.of(List.of(), page, 0);
		}
		Page<ServiceRequest> found = this.requests.findAll(matching(services, criteria, this.answers),
				org.springframework.data.domain.PageRequest.of(page.page(), page.size(),
						Sort.by(Sort.Order.desc("submittedAt"), Sort.Order.desc("id"))));
		Map<String, String> openTasks = openTasksOf(staff, found.getContent());
		return PageResponse.of(found.getContent().stream().map((request) -> {
			ServiceTexts texts = this.translations.serviceTexts(request.getProcessDefinitionId(),
					request.getServiceKey(), locale);
			return new Row(request.getReference(), request.getServiceKey(), texts.name(request.getServiceName()),
					request.getStatus(), texts.milestone(request.getStatus(), request.getStatusLabel()),
					request.getClosedAt() != null, request.getApplicantName(), request.getSubmittedAt(),
					(request.getProcessInstanceId() != null) ? openTasks.get(request.getProcessInstanceId()) : null);
		}).toList(), page, found.getTotalElements());
	}

	private static Specification<ServiceRequest> matching(Set<String> services, Criteria criteria,
			AnswerMatch answers) {
		return (root, query, builder) -> {
			List<Predicate> all = new ArrayList<>();
			all.add(root.get("serviceKey").in(services));
			if (criteria.reference() != null) {
				all.add(builder.like(root.get("reference"),
						escaped(criteria.reference().strip().toUpperCase(Locale.ROOT)) + "%", '\\'));
			}
			if (criteria.name() != null) {
				all.add(builder.like(root.get("applicantKey"), escaped(ServiceRequest.searchKey(criteria.name())) + "%",
						'\\'));
			}
			if (criteria.status() != null) {
				all.add(builder.equal(root.get("status"), criteria.status()));
			}
			if (criteria.field() != null) {
				all.add(answers.predicate(root.get("submittedData"), criteria.field(), criteria.value(), builder));
			}
			return builder.and(all.toArray(Predicate[]::new));
		};
	}

	/** A search term as itself: its {@code %} and {@code _} are no wildcards. */
	private static String escaped(String term) {
		return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/** For each request, a task of this page the staff member may open, if any. */
	private Map<String, String> openTasksOf(PortalUser staff, List<ServiceRequest> page) {
		Set<String> instances = page.stream()
			.map(ServiceRequest::getProcessInstanceId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		if (instances.isEmpty()) {
			return Map.of();
		}
		return TaskGroups
			.workableBy(
					this.taskService.createTaskQuery().active().processInstanceIdIn(instances.toArray(String[]::new)),
					staff.id(), staff.groups())
			.list()
			.stream()
			.collect(Collectors.toMap(Task::getProcessInstanceId, Task::getId, (first, second) -> first));
	}

	/** What a search asks for; {@code null} for any. */
	public record Criteria(String reference, String name, String service, String status, String field, String value) {

		/** A form field's key: letters, digits and underscores. */
		private static final Pattern FIELD_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,99}");

		public Criteria {
			reference = blankToNull(reference);
			name = blankToNull(name);
			service = blankToNull(service);
			status = blankToNull(status);
			field = blankToNull(field);
			value = blankToNull(value);
			Map<String, List<String>> errors = new LinkedHashMap<>();
			if (field != null && !FIELD_KEY.matcher(field).matches()) {
				errors.put("field", List.of("A form field's key, such as businessName."));
			}
			if (field != null && value == null) {
				errors.put("value", List.of("The answer to look for in the field."));
			}
			if (field == null && value != null) {
				errors.put("field", List.of("The form field whose answer this is."));
			}
			if (value != null && value.length() > 200) {
				errors.put("value", List.of("At most 200 characters."));
			}
			if (!errors.isEmpty()) {
				throw new FormValidationException(errors);
			}
		}

		private static String blankToNull(String value) {
			return (value == null || value.isBlank()) ? null : value;
		}

	}

	/**
	 * @param taskId a task of it the staff member may open now, if any
	 */
	public record Row(String reference, String serviceKey, String serviceName, String status, String statusLabel,
			boolean closed, String applicantName, Instant submittedAt, String taskId) {

	}

}
