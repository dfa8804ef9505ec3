package org.eservices.app.identity;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.eservices.portal.security.Roles;

import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Local identity's fixed part, in every profile that uses it: the role and department
 * groups. Idempotent.
 */
@Component
@Profile("!keycloak")
@Order(0)
class LocalIdentitySetup extends AbstractProcessEnginePlugin {

	/** Department groups, used as BPMN candidate groups. */
	static final List<String> DEPARTMENTS = List.of("licensing", "registry", "planning", "firesafety", "permitboard");

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		IdentityService identity = engine.getIdentityService();
		for (String role : Roles.ALL) {
			ensureGroup(identity, role, "SYSTEM");
		}
		for (String department : DEPARTMENTS) {
			ensureGroup(identity, department, "WORKFLOW");
		}
		// Camunda's own administrators (see AdministratorGroups)
		ensureGroup(identity, Groups.CAMUNDA_ADMIN, "SYSTEM");
	}

	private static void ensureGroup(IdentityService identity, String id, String type) {
		if (identity.createGroupQuery().groupId(id).count() > 0) {
			return;
		}
		Group group = identity.newGroup(id);
		group.setName(Character.toUpperCase(id.charAt(0)) + id.substring(1));
		group.setType(type);
		identity.saveGroup(group);
	}

}
