package org.eservices.portal.sla;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.eservices.contract.ProcessVariables;
import org.eservices.portal.calendar.BusinessCalendar;
import org.eservices.portal.calendar.WorkingCalendar;
import org.eservices.portal.catalog.EService;
import org.eservices.portal.catalog.ServiceCatalog;
import org.eservices.portal.reports.ReportTally;
import org.eservices.portal.requests.RequestView;
import org.eservices.portal.requests.Requests;
import org.eservices.portal.security.Roles;
import org.eservices.portal.staff.TaskGroups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff tasks against their due dates, by the business calendar: before a task is due its
 * assignee (or, unclaimed, its groups' clerks) is reminded once; once it is late it is
 * escalated once to the supervisors of its departments: raised to
 * {@value #ESCALATED_PRIORITY} priority (the portal's inbox and Tasklist show it), the
 * supervisors told, the breach counted. Run by the platform process {@code sla-watch} (an
 * engine timer: one node at a time). Citizens' tasks have no such clock.
 */
@Service
public class SlaWatch {

	public static final int ESCALATED_PRIORITY = 100;

	/** Working days before the due date a task's people are reminded. */
	static final int DEFAULT_REMINDER_WORKING_DAYS = 1;

	/** Tasks looked at per run, the soonest due first. */
	static final int BATCH = 500;

	private static final Logger log = LoggerFactory.getLogger(SlaWatch.class);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private final TaskService taskService;

	private final ReportTally tally;

	private final RuntimeService runtimeService;

	private final IdentityService identityService;

	private final ServiceCatalog catalog;

	private final Requests requests;

	private final BusinessCalendar calendar;

	private final TaskDeadlineRepository deadlines;

	private final ObjectProvider<StaffMessages> messages;

	private final MeterRegistry metrics;

	private final Clock clock;

	SlaWatch(TaskService taskService, RuntimeService runtimeService, IdentityService identityService,
			ServiceCatalog catalog, Requests requests, BusinessCalendar calendar, TaskDeadlineRepository deadlines,
			ObjectProvider<StaffMessages> messages, MeterRegistry metrics, Clock clock, ReportTally tally) {
		this.tally = tally;
		this.taskService = taskService;
		this.runtimeService = runtimeService;
		this.identityService = identityService;
		this.catalog = catalog;
		this.requests = requests;
		this.calendar = calendar;
		this.deadlines = deadlines;
		this.messages = messages;
		this.metrics = metrics;
		this.clock = clock;
	}

	/**
	 * @return what this run did
	 */
	@Transactional
	public Sweep sweep() {
		Instant now = this.clock.instant();
		LocalDate today = this.calendar.today();
		WorkingCalendar working = this.calendar.current();
		// far enough ahead for any reminder lead of a few working days
		Date horizon = Date.from(now.plus(Duration.ofDays(21)));
		int reminded = 0;
		int escalated = 0;
		for (Task task : this.taskService.createTaskQuery()
			.active()
			.dueBefore(horizon)
			.orderByDueDate()
			.asc()
			.listPage(0, BATCH)) {
			EService service = this.catalog.byDefinitionId(task.getProcessDefinitionId()).orElse(null);
			if (service == null || isCitizens(task)) {
				continue;
			}
			Counter breaches = breaches(service);
			TaskDeadline deadline = this.deadlines.findById(task.getId())
				.orElseGet(() -> new TaskDeadline(task.getId(), task.getProcessInstanceId(), service.key(),
						task.getDueDate().toInstant()));
			LocalDate due = LocalDate.ofInstant(task.getDueDate().toInstant(), this.calendar.zone());
			if (task.getDueDate().toInstant().isBefore(now)) {
				if (!deadline.isEscalated()) {
					escalate(task, service);
					breaches.increment();
					this.tally.slaBreached(service.key());
					deadline.escalated(now);
					escalated++;
				}
			}
			else if (!deadline.isReminded() && working.workingDaysBetween(today, due) <= reminderLead(service)) {
				remind(task, service);
				deadline.reminded(now);
				reminded++;
			}
			this.deadlines.save(deadline);
		}
		if (reminded + escalated > 0) {
			log.info("Service-level watch: {} tasks reminded, {} escalated", reminded, escalated);
		}
		return new Sweep(reminded, escalated);
	}

	private void remind(Task task, EService service) {
		Set<String> people = (task.getAssignee() != null) ? Set.of(task.getAssignee())
				: membersOf(candidateGroups(task));
		send(task, service, people, "task-reminder");
	}

	private void escalate(Task task, EService service) {
		this.taskService.setPriority(task.getId(), ESCALATED_PRIORITY);
		Set<String> supervisors = membersOf(Set.of(Roles.SUPERVISOR));
		supervisors.retainAll(membersOf(candidateGroups(task)));
		send(task, service, supervisors, "task-escalated");
	}

	/**
	 * At 0 from the first watched task of a service on, so that rates see the first one.
	 */
	private Counter breaches(EService service) {
		return Counter.builder("eservices.sla.breaches")
			.description("Staff tasks that went past their due date and were escalated")
			.tag("service", service.key())
			.register(this.metrics);
	}

	private void send(Task task, EService service, Set<String> people, String template) {
		StaffMessages staff = this.messages.getIfAvailable();
		if (staff == null || people.isEmpty()) {
			return;
		}
		RequestView.Reference request = this.requests.referenceOf(task.getProcessInstanceId());
		String reference = (request != null) ? request.reference() : null;
		Map<String, Object> data = Map.of("task", task.getName(), "reference", Objects.toString(reference, ""),
				"service", service.name(), "due",
				DAY.format(LocalDate.ofInstant(task.getDueDate().toInstant(), this.calendar.zone())));
		for (User user : this.identityService.createUserQuery().userIdIn(people.toArray(String[]::new)).list()) {
			if (user.getEmail() != null && !user.getEmail().isBlank()) {
				staff.email(template + ":" + task.getId() + ":" + user.getId(), user.getEmail(), template, data,
						task.getProcessInstanceId(), reference);
			}
		}
	}

	private boolean isCitizens(Task task) {
		if (task.getAssignee() == null) {
			return false;
		}
		return task.getAssignee()
			.equals(this.runtimeService.getVariable(task.getProcessInstanceId(), ProcessVariables.CITIZEN_ID));
	}

	private Set<String> candidateGroups(Task task) {
		return TaskGroups.candidatesOf(this.taskService, task.getId());
	}

	private Set<String> membersOf(Set<String> groups) {
		return TaskGroups.membersOf(this.identityService, groups);
	}

	private static int reminderLead(EService service) {
		return (service.reminderWorkingDays() != null) ? service.reminderWorkingDays() : DEFAULT_REMINDER_WORKING_DAYS;
	}

	public record Sweep(int reminded, int escalated) {

	}

	/** For bpmn/sla-watch.bpmn's timer: {@code ${slaSchedule.cycle()}}. */
	public record Schedule(String cycle) {

	}

}
