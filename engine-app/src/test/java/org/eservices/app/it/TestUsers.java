package org.eservices.app.it;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

import org.springframework.boot.test.context.TestComponent;

/**
 * Users the integration tests sign in as; created through the engine's identity service.
 */
@TestComponent
class TestUsers {

	static final String PASSWORD = "test-password-1";

	static final String ANNA = "anna";

	static final String OMAR = "omar";

	/** A citizen whose submissions are all expected to be refused. */
	static final String IVAN = "ivan";

	/** A citizen with many requests: "My requests" pages. */
	static final String NOOR = "noor";

	/** A citizen applying without a connection: the offline portal. */
	static final String LAYLA = "layla";

	/** A citizen with a phone and a laptop: one draft on two devices. */
	static final String HANA = "hana";

	/** A citizen who signs out of a browser that keeps her work. */
	static final String SARA = "sara";

	static final String CLARA = "clara";

	static final String CLARA_COLLEAGUE = "carl";

	/** The civil registry's clerk: residence certificates. */
	static final String ROSA = "rosa";

	/** Planning's clerk: building permits' planning review and site inspection. */
	static final String PAUL = "paul";

	/** Fire safety's clerk: building permits' fire safety review. */
	static final String FIONA = "fiona";

	/** Supervisor of planning and fire safety, on the permits board that decides. */
	static final String SOFIA = "sofia";

	/** A clerk of another department: must not see licensing's tasks. */
	static final String PETRA = "petra";

	/** Supervisor of licensing (not the demo profile's sam, which this profile lacks). */
	static final String SUPERVISOR = "sven";

	static final String ADA = "ada";

	static final String ROOT = "root";

	/** Created by the engine at start from {@code camunda.bpm.admin-user}. */
	static final String BOOTSTRAP_ADMIN = "boss";

	/**
	 * Only for the wrong-password test: a failed sign-in locks the user out for a while.
	 */
	static final String THROTTLED = "tom";

	private final IdentityService identity;

	TestUsers(IdentityService identity) {
		this.identity = identity;
	}

	void ensureStandardUsers() {
		ensureGroup("parking");
		ensure(ANNA, List.of("citizen"));
		ensure(OMAR, List.of("citizen"));
		ensure(IVAN, List.of("citizen"));
		ensure(NOOR, List.of("citizen"));
		ensure(LAYLA, List.of("citizen"));
		ensure(HANA, List.of("citizen"));
		ensure(SARA, List.of("citizen"));
		ensure(CLARA, List.of("clerk", "licensing"));
		ensure(CLARA_COLLEAGUE, List.of("clerk", "licensing"));
		ensure(PETRA, List.of("clerk", "parking"));
		ensure(ROSA, List.of("clerk", "registry"));
		ensure(PAUL, List.of("clerk", "planning"));
		ensure(FIONA, List.of("clerk", "firesafety"));
		ensure(SOFIA, List.of("supervisor", "clerk", "planning", "firesafety", "permitboard"));
		ensure(SUPERVISOR, List.of("supervisor", "clerk", "licensing"));
		ensure(ADA, List.of("analyst"));
		// in both administrator groups, as AdministratorGroups makes every admin at start
		ensure(ROOT, List.of("admin", "camunda-admin"));
	}

	static void ensureThrottleVictim(TestUsers users) {
		users.ensure(THROTTLED, List.of("citizen"));
	}

	synchronized void ensure(String id, List<String> groups) {
		if (this.identity.createUserQuery().userId(id).count() > 0) {
			return;
		}
		User user = this.identity.newUser(id);
		user.setFirstName(id);
		user.setLastName("Test");
		user.setEmail(id + "@staff.example");
		user.setPassword(PASSWORD);
		this.identity.saveUser(user);
		for (String group : groups) {
			this.identity.createMembership(id, group);
		}
	}

	private void ensureGroup(String id) {
		if (this.identity.createGroupQuery().groupId(id).count() == 0) {
			Group group = this.identity.newGroup(id);
			group.setName(id);
			group.setType("WORKFLOW");
			this.identity.saveGroup(group);
		}
	}

}
