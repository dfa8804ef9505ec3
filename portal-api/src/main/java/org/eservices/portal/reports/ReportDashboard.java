package org.eservices.portal.reports;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.eservices.portal.calendar.BusinessCalendar;
import org.eservices.portal.catalog.EService;
import org.eservices.portal.catalog.ServiceCatalog;
import org.eservices.portal.catalog.Translations;
import org.eservices.portal.problems.NotFoundException;
import org.eservices.portal.reports.Dashboard.AgeBand;
import org.eservices.portal.reports.Dashboard.Delivery;
import org.eservices.portal.reports.Dashboard.Fees;
import org.eservices.portal.reports.Dashboard.FunnelStep;
import org.eservices.portal.reports.Dashboard.Processing;
import org.eservices.portal.reports.Dashboard.Series;
import org.eservices.portal.reports.Dashboard.ServiceName;
import org.eservices.portal.reports.Dashboard.Throughput;
import org.eservices.portal.security.PortalUser;
import org.eservices.portal.security.Roles;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The reporting dashboard, from the counters kept as things happen ({@link ReportTally}):
 * a period's rows for the e-services the viewer may see, a few per day and e-service,
 * however many requests there are. Admins see every e-service (and the platform's own
 * messages); supervisors those their departments work.
 */
@Service
public class ReportDashboard {

	private static final List<AgeLimit> AGE_BANDS = List.of(new AgeLimit("0-7", 7), new AgeLimit("8-14", 14),
			new AgeLimit("15-30", 30), new AgeLimit("31-60", 60), new AgeLimit("61+", Long.MAX_VALUE));

	private final JdbcClient jdbc;

	private final ServiceCatalog catalog;

	private final Translations translations;

	private final BusinessCalendar calendar;

	private final IdentityService identityService;

	ReportDashboard(JdbcClient jdbc, ServiceCatalog catalog, Translations translations, BusinessCalendar calendar,
			IdentityService identityService) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.translations = translations;
		this.calendar = calendar;
		this.identityService = identityService;
	}

	/** Reads a period as asked, against today and the working week of the calendar. */
	public ReportPeriod period(String from, String to, String interval) {
		return ReportPeriod.parse(from, to, interval, this.calendar.today(), this.calendar.workingDays());
	}

	/**
	 * @param service one e-service, or {@code null} for all the viewer may see
	 * @throws NotFoundException for an e-service the viewer may not see (or none such)
	 */
	public Dashboard of(PortalUser viewer, ReportPeriod period, String service, Locale locale) {
		List<EService> visible = visibleTo(viewer).stream()
			.filter((candidate) -> service == null || candidate.key().equals(service))
			.toList();
		if (service != null && visible.isEmpty()) {
			throw new NotFoundException("e-service", service);
		}
		Map<String, String> names = new LinkedHashMap<>();
		for (EService candidate : visible) {
			names.put(candidate.key(), this.translations.serviceTexts(candidate.definitionId(), candidate.key(), locale)
				.name(candidate.name()));
		}
		Set<String> keys = new TreeSet<>(names.keySet());
		if (service == null && viewer.hasRole(Roles.ADMIN)) {
			// the platform's own messages (reminders, escalations) concern no request
			keys.add("");
		}
		List<FigureRow> rows = keys.isEmpty() ? List.of() : rows(period, keys);
		List<LocalDate> periods = period.buckets();
		return new Dashboard(period.from(), period.to(), period.interval().name().toLowerCase(Locale.ROOT),
				names.entrySet().stream().map((e) -> new ServiceName(e.getKey(), e.getValue())).toList(), periods,
				DashboardFigures.submissions(rows, names, period, periods), DashboardFigures.funnel(rows),
				DashboardFigures.processing(rows, visible, names), openByAge(keys), clerks(rows), departments(rows),
				DashboardFigures.fees(rows, period, periods), DashboardFigures.messages(rows));
	}

	private List<EService> visibleTo(PortalUser viewer) {
		List<EService> all = this.catalog.all();
		if (viewer.hasRole(Roles.ADMIN)) {
			return all;
		}
		if (!viewer.hasRole(Roles.SUPERVISOR)) {
			return List.of();
		}
		return all.stream()
			.filter((candidate) -> candidate.departments().stream().anyMatch(viewer.groups()::contains))
			.toList();
	}

	private List<FigureRow> rows(ReportPeriod period, Collection<String> services) {
		return this.jdbc
			.sql("select figure_day, service_key, measure, dimension, sum(figure_count) as total, sum(amount) as amount"
					+ " from report_figure where figure_day between :from and :to and service_key in (:services)"
					+ " and measure <> :open group by figure_day, service_key, measure, dimension")
			.param("from", Date.valueOf(period.from()))
			.param("to", Date.valueOf(period.to()))
			.param("services", services)
			.param("open", Measures.OPEN)
			.query((rs, n) -> new FigureRow(rs.getDate("figure_day").toLocalDate(), rs.getString("service_key"),
					rs.getString("measure"), rs.getString("dimension"), rs.getLong("total"), rs.getLong("amount")))
			.list();
	}

	/** Requests open now, by age: one row per e-service and day of submission. */
	private List<AgeBand> openByAge(Collection<String> services) {
		LocalDate today = this.calendar.today();
		long[] counts = new long[AGE_BANDS.size()];
		if (!services.isEmpty()) {
			this.jdbc
				.sql("select figure_day, sum(figure_count) as total from report_figure where measure = :open"
						+ " and service_key in (:services) group by figure_day")
				.param("open", Measures.OPEN)
				.param("services", services)
				.query((rs) -> {
					long age = ChronoUnit.DAYS.between(rs.getDate("figure_day").toLocalDate(), today);
					for (int band = 0; band < AGE_BANDS.size(); band++) {
						if (age <= AGE_BANDS.get(band).maxDays()) {
							counts[band] += rs.getLong("total");
							break;
						}
					}
				});
		}
		List<AgeBand> bands = new ArrayList<>();
		for (int band = 0; band < AGE_BANDS.size(); band++) {
			bands.add(new AgeBand(AGE_BANDS.get(band).band(), Math.max(0, counts[band])));
		}
		return bands;
	}

	private List<Throughput> clerks(List<FigureRow> rows) {
		Map<String, Long> completed = DashboardFigures.byDimension(rows, Measures.TASK_COMPLETED, Measures.CLERK);
		Map<String, String> names = completed.isEmpty() ? Map.of()
				: this.identityService.createUserQuery()
					.userIdIn(completed.keySet().toArray(String[]::new))
					.list()
					.stream()
					.collect(Collectors.toMap(User::getId, ReportDashboard::fullName));
		return throughput(completed, names);
	}

	private List<Throughput> departments(List<FigureRow> rows) {
		Map<String, Long> completed = DashboardFigures.byDimension(rows, Measures.TASK_COMPLETED, Measures.DEPARTMENT);
		Map<String, String> names = completed.isEmpty() ? Map.of()
				: this.identityService.createGroupQuery()
					.groupIdIn(completed.keySet().toArray(String[]::new))
					.list()
					.stream()
					.filter((group) -> group.getName() != null)
					.collect(Collectors.toMap(Group::getId, Group::getName));
		return throughput(completed, names);
	}

	private static String fullName(User user) {
		String name = ((user.getFirstName() != null ? user.getFirstName() : "") + " "
				+ (user.getLastName() != null ? user.getLastName() : ""))
			.strip();
		return name.isEmpty() ? user.getId() : name;
	}

	/** Most completed first. */
	private static List<Throughput> throughput(Map<String, Long> completed, Map<String, String> names) {
		return completed.entrySet()
			.stream()
			.map((entry) -> new Throughput(entry.getKey(), names.getOrDefault(entry.getKey(), entry.getKey()),
					entry.getValue()))
			.sorted(Comparator.comparingLong(Throughput::completed).reversed().thenComparing(Throughput::id))
			.toList();
	}

	private record AgeLimit(String band, long maxDays) {

	}

}
