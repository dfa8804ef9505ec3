package org.eservices.portal.requests;

import java.util.List;
import java.util.Optional;

/** Where nothing collects fees: no request has one. */
class NoFees implements FeePayments {

	@Override
	public Optional<FeePayment> latestOf(String processInstanceId) {
		return Optional.empty();
	}

	@Override
	public List<FeePayment> allOf(String processInstanceId) {
		return List.of();
	}

}
