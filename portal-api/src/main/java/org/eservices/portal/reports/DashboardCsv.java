package org.eservices.portal.reports;

import java.time.LocalDate;
import java.util.List;

/**
 * The dashboard as one CSV table, a figure per row: {@code figure, period, service, item,
 * value}. Cells a spreadsheet would run as a formula are written as text.
 */
final class DashboardCsv {

	private DashboardCsv() {
	}

	static String of(Dashboard figures) {
		StringBuilder csv = new StringBuilder("figure,period,service,item,value\r\n");
		String whole = figures.from() + "/" + figures.to();
		List<LocalDate> periods = figures.periods();
		for (Dashboard.Series series : figures.submissions()) {
			for (int i = 0; i < periods.size(); i++) {
				row(csv, "submissions", periods.get(i).toString(), series.name(), "", series.counts().get(i));
			}
		}
		for (Dashboard.FunnelStep step : figures.funnel()) {
			row(csv, "funnel", whole, "", step.step(), step.count());
			if (step.dropOffPercent() != null) {
				row(csv, "funnel drop-off %", whole, "", step.step(), step.dropOffPercent());
			}
		}
		for (Dashboard.Processing service : figures.processing()) {
			row(csv, "decided", whole, service.name(), "", service.decided());
			row(csv, "processing working days", whole, service.name(), "median", service.medianDays());
			row(csv, "processing working days", whole, service.name(), "90th percentile", service.p90Days());
			row(csv, "processing working days", whole, service.name(), "target", service.targetDays());
			row(csv, "within target", whole, service.name(), "", service.withinTarget());
			row(csv, "late", whole, service.name(), "", service.late());
			row(csv, "compliance %", whole, service.name(), "", service.compliancePercent());
			row(csv, "tasks escalated", whole, service.name(), "", service.escalatedTasks());
		}
		for (Dashboard.AgeBand band : figures.openByAge()) {
			row(csv, "open by age (days)", "now", "", band.band(), band.count());
		}
		for (Dashboard.Throughput clerk : figures.clerks()) {
			row(csv, "tasks completed by clerk", whole, "", clerk.name(), clerk.completed());
		}
		for (Dashboard.Throughput department : figures.departments()) {
			row(csv, "tasks completed by department", whole, "", department.name(), department.completed());
		}
		for (Dashboard.Fees fees : figures.fees()) {
			for (int i = 0; i < periods.size(); i++) {
				row(csv, "fees collected", periods.get(i).toString(), "", fees.currency(), fees.collected().get(i));
				row(csv, "fees refunded", periods.get(i).toString(), "", fees.currency(), fees.refunded().get(i));
			}
		}
		for (Dashboard.Delivery channel : figures.messages()) {
			row(csv, "messages sent", whole, "", channel.channel(), channel.sent());
			row(csv, "messages failed", whole, "", channel.channel(), channel.failed());
			row(csv, "messages delivered", whole, "", channel.channel(), channel.delivered());
			row(csv, "messages undelivered", whole, "", channel.channel(), channel.undelivered());
			row(csv, "delivery rate %", whole, "", channel.channel(), channel.deliveryRatePercent());
		}
		return csv.toString();
	}

	private static void row(StringBuilder csv, String figure, String period, String service, String item,
			Object value) {
		csv.append(cell(figure))
			.append(',')
			.append(cell(period))
			.append(',')
			.append(cell(service))
			.append(',')
			.append(cell(item))
			.append(',')
			.append((value != null) ? value : "")
			.append("\r\n");
	}

	private static String cell(String text) {
		String value = (text != null) ? text : "";
		if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
			value = "'" + value;
		}
		if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
			value = "\"" + value.replace("\"", "\"\"") + "\"";
		}
		return value;
	}

}
