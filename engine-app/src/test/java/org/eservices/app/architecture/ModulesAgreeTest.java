package org.eservices.app.architecture;

import org.eservices.connectors.ConnectorInputs;
import org.eservices.portal.requests.RequestVariables;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The connectors and the portal know nothing of each other (ArchitectureTest), so the one
 * name they share, the variable that says whose request an instance is, is declared in
 * each. Here they must agree: else connectors would find no citizen to notify.
 */
class ModulesAgreeTest {

	@Test
	void theConnectorsReadTheCitizenWhereThePortalWritesIt() {
		assertThat(ConnectorInputs.CITIZEN_ID).isEqualTo(RequestVariables.CITIZEN_ID);
	}

}
