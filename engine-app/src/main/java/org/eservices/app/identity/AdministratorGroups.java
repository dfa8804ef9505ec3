package org.eservices.app.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.eservices.portal.security.Roles;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Local identity knows two administrator groups: the platform's {@code admin} (its
 * endpoints, {@code /api/me}) and Camunda's {@code camunda-admin} (in which
 * {@code CAMUNDA_BPM_ADMIN_USER_ID} is created, and without a member of which the webapps
 * send everyone to their first-run set-up page). At every start, a member of either is
 * made a member of both, so the bootstrap admin is a platform admin from the first start.
 * Runs once the engine is built, after the starter has created that user.
 */
@Component
@Profile("!keycloak")
class AdministratorGroups implements ApplicationRunner {

	private final IdentityService identity;

	AdministratorGroups(IdentityService identity) {
		this.identity = identity;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		joinAll(Roles.ADMIN, Groups.CAMUNDA_ADMIN);
		joinAll(Groups.CAMUNDA_ADMIN, Roles.ADMIN);
	}

	private void joinAll(String from, String to) {
		for (User user : this.identity.createUserQuery().memberOfGroup(from).list()) {
			if (this.identity.createUserQuery().userId(user.getId()).memberOfGroup(to).count() == 0) {
				this.identity.createMembership(user.getId(), to);
			}
		}
	}

}
