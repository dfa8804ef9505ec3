package org.eservices.app.reports;

import org.eservices.connectors.OutcomeReports;
import org.eservices.portal.reports.ReportTally;
import org.eservices.portal.requests.Requests;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The connectors' outcomes in the portal's reports, each under the e-service of the
 * request it concerns (the business key is the request's reference); the platform's own
 * messages, which concern no request, under none.
 */
@Component
class ConnectorOutcomesInReports implements OutcomeReports {

	private final ReportTally tally;

	private final ObjectProvider<Requests> requests;

	ConnectorOutcomesInReports(ReportTally tally, ObjectProvider<Requests> requests) {
		this.tally = tally;
		this.requests = requests;
	}

	@Override
	public void feePaid(String businessKey, long amountMinor, String currency) {
		this.tally.feePaid(serviceOf(businessKey), amountMinor, currency);
	}

	@Override
	public void feeRefunded(String businessKey, long amountMinor, String currency) {
		this.tally.feeRefunded(serviceOf(businessKey), amountMinor, currency);
	}

	@Override
	public void message(String businessKey, String channel, String outcome) {
		this.tally.message(serviceOf(businessKey), channel, outcome);
	}

	private String serviceOf(String businessKey) {
		return this.requests.getObject().serviceKeyOf(businessKey).orElse("");
	}

}
