package org.eservices.app.it;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clerk's inbox follows their Keycloak groups: the licensing clerk sees licensing's
 * tasks; moved to another department, they see none of them at their next sign-in.
 */
class KeycloakClerkGroupsIntegrationTest extends KeycloakPlatformTest {

	static final String OTHER_DEPARTMENT = "trading-standards";

	@Test
	void aClerkSeesExactlyTheTasksOfTheirKeycloakGroups() {
		String reference = this.journeys.submitPaidBusinessLicence(ANNA, "Group Move Cafe");
		assertThat(this.api.taskOf(CLARA, reference)).as("licensing clerk sees the review").isPresent();
		assertThat(this.api.taskOf(SAM, reference)).as("supervisor of licensing too").isPresent();

		this.admin.grantRole(OTHER_DEPARTMENT, "clerk");
		this.admin.leaveGroup(CLARA, "licensing");
		this.admin.joinGroup(CLARA, OTHER_DEPARTMENT);
		try {
			freshAccessToken(CLARA);
			assertThat(this.api.taskOf(CLARA, reference)).as("moved to another department").isEmpty();
		}
		finally {
			this.admin.leaveGroup(CLARA, OTHER_DEPARTMENT);
			this.admin.joinGroup(CLARA, "licensing");
			freshAccessToken(CLARA);
		}
		assertThat(this.api.taskOf(CLARA, reference)).as("back in licensing").isPresent();
	}

}
