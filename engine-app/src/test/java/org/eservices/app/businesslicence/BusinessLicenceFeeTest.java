package org.eservices.app.businesslicence;

import java.io.InputStream;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fee table {@code bpmn/business-licence-fee.dmn}: every rule, and the boundaries
 * between them.
 */
class BusinessLicenceFeeTest {

	static DmnDecision fee;

	static DmnEngine dmn;

	@BeforeAll
	static void parse() throws Exception {
		dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		try (InputStream table = BusinessLicenceFeeTest.class.getResourceAsStream("/bpmn/business-licence-fee.dmn")) {
			fee = dmn.parseDecision(BusinessLicenceProcess.FEE_DECISION, table);
		}
	}

	@ParameterizedTest(name = "{0} with {1} employees pays {2}")
	@CsvSource({ "street-trading, 0, 40", "street-trading, 200, 40", "food, 0, 150", "food, 9, 150", "food, 10, 300",
			"food, 49, 300", "food, 50, 600", "retail, 3, 120", "services, 9, 120", "manufacturing, 10, 250",
			"retail, 49, 250", "services, 50, 500", "manufacturing, 10000, 500" })
	void feeByActivityAndSize(String activityType, long employees, double expected) {
		Object result = dmn.evaluateDecisionTable(fee, Map.of("activityType", activityType, "employees", employees))
			.getSingleResult()
			.getSingleEntry();

		assertThat(result).isEqualTo(expected);
	}

}
