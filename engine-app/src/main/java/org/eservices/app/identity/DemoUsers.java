package org.eservices.app.identity;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.eservices.portal.security.Roles;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo users of the zero-set-up profile only; no other profile has them (or their
 * password).
 */
@Component
@Profile("default")
@Order(2)
class DemoUsers extends AbstractProcessEnginePlugin {

	/**
	 * Camunda's own admin group: with a member in it, the webapps' first-run setup page
	 * is closed.
	 */
	static final String CAMUNDA_ADMIN = Groups.CAMUNDA_ADMIN;

	static final List<DemoUser> USERS = List.of(new DemoUser("anna", "Anna", "Citizen", List.of(Roles.CITIZEN)),
			new DemoUser("omar", "Omar", "Citizen", List.of(Roles.CITIZEN)),
			new DemoUser("clara", "Clara", "Clerk", List.of(Roles.CLERK, "licensing")),
			new DemoUser("sam", "Sam", "Supervisor", List.of(Roles.SUPERVISOR, Roles.CLERK, "licensing")),
			new DemoUser("rosa", "Rosa", "Registrar", List.of(Roles.CLERK, "registry")),
			new DemoUser("paul", "Paul", "Planner", List.of(Roles.CLERK, "planning")),
			new DemoUser("fiona", "Fiona", "Fire Officer", List.of(Roles.CLERK, "firesafety")),
			new DemoUser("sofia", "Sofia", "Board Chair",
					List.of(Roles.SUPERVISOR, Roles.CLERK, "planning", "firesafety", "permitboard")),
			new DemoUser("alex", "Alex", "Admin", List.of(Roles.ADMIN, CAMUNDA_ADMIN)),
			new DemoUser("ada", "Ada", "Analyst", List.of(Roles.ANALYST)));

	private final String password;

	DemoUsers(@Value("${eservices.demo-users.password}") String password) {
		this.password = password;
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		IdentityService identity = engine.getIdentityService();
		for (DemoUser demo : USERS) {
			if (identity.createUserQuery().userId(demo.id()).count() > 0) {
				continue;
			}
			User user = identity.newUser(demo.id());
			user.setFirstName(demo.firstName());
			user.setLastName(demo.lastName());
			user.setEmail(demo.id() + "@example.org");
			user.setPassword(this.password);
			identity.saveUser(user);
			for (String group : demo.groups()) {
				identity.createMembership(demo.id(), group);
			}
		}
	}

	record DemoUser(String id, String firstName, String lastName, List<String> groups) {

	}

}
