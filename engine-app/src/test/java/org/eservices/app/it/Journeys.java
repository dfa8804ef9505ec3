package org.eservices.app.it;

import java.net.URI;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.eservices.app.DueJobs;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen's steps through the business licence service, over the API, with the jobs the
 * job executor would run (the integration tests run them by hand).
 */
record Journeys(Api api, RuntimeService runtimeService, ManagementService managementService) {

	/** Runs the instance's due jobs until none is left, as the job executor would. */
	void runDueJobs(String processInstanceId) {
		DueJobs.run(this.managementService, processInstanceId);
	}

	String processInstanceOf(String reference) {
		return this.runtimeService.createProcessInstanceQuery()
			.processInstanceBusinessKey(reference)
			.singleResult()
			.getId();
	}

	/** A business licence application, with the checkout and notification jobs run. */
	String submitBusinessLicence(String citizen, String businessName) {
		ResponseEntity<JsonNode> response = this.api.post(citizen, Applications.PATH, Applications.valid(businessName));
		assertThat(response.getStatusCode()).as("submission: %s", response.getBody()).isEqualTo(HttpStatus.CREATED);
		String reference = response.getBody().get("reference").asText();
		runDueJobs(processInstanceOf(reference));
		return reference;
	}

	/** Pays a request's fee on the sandbox checkout page, as its citizen. */
	void payInSandbox(String citizen, String reference) {
		String checkoutUrl = this.api.get(citizen, "/api/requests/" + reference)
			.getBody()
			.at("/payment/checkoutUrl")
			.asText();
		assertThat(checkoutUrl).as("checkout link of " + reference).isNotEmpty();
		assertThat(this.api.press(citizen, URI.create(checkoutUrl).getPath() + "/pay").getStatusCode())
			.isEqualTo(HttpStatus.OK);
		runDueJobs(processInstanceOf(reference));
	}

	/** Submitted and paid: waiting for the licensing clerks. */
	String submitPaidBusinessLicence(String citizen, String businessName) {
		String reference = submitBusinessLicence(citizen, businessName);
		payInSandbox(citizen, reference);
		return reference;
	}

}
