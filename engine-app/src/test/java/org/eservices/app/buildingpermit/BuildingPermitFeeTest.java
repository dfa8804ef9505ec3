package org.eservices.app.buildingpermit;

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
 * The fee table {@code bpmn/building-permit-fee.dmn}: each band of total floor area, and
 * the boundaries between them.
 */
class BuildingPermitFeeTest {

	static DmnDecision fee;

	static DmnEngine dmn;

	@BeforeAll
	static void parse() throws Exception {
		dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		try (InputStream table = BuildingPermitFeeTest.class.getResourceAsStream("/bpmn/building-permit-fee.dmn")) {
			fee = dmn.parseDecision("building-permit-fee", table);
		}
	}

	@ParameterizedTest(name = "{0} m² pays {1}")
	@CsvSource({ "1, 100", "50, 100", "50.01, 250", "200, 250", "200.5, 800", "1000, 800", "1000.01, 2000",
			"250000, 2000" })
	void feeByTotalFloorArea(double totalFloorArea, double expected) {
		Object result = dmn.evaluateDecisionTable(fee, Map.of("totalFloorArea", totalFloorArea))
			.getSingleResult()
			.getSingleEntry();

		assertThat(result).isEqualTo(expected);
	}

}
