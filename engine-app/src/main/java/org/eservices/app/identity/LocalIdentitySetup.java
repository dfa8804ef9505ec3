package org.eservices.app.identity;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.eservices.portal.security.Roles;

import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Local identity's fixed part, in every profile that uses it: the role and department
 * groups, and what each role may do in the engine (Cockpit, Tasklist, deployments).
 * Idempotent.
 */
@Component
@Profile("!keycloak")
@Order(1)
class LocalIdentitySetup extends AbstractProcessEnginePlugin {

	/** Department groups, used as BPMN candidate groups. */
	static final List<String> DEPARTMENTS = List.of("licensing");

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		// members of "admin" are engine administrators, like Camunda's own camunda-admin
		List<String> adminGroups = new ArrayList<>();
		if (configuration.getAdminGroups() != null) {
			adminGroups.addAll(configuration.getAdminGroups());
		}
		adminGroups.add(Roles.ADMIN);
		configuration.setAdminGroups(adminGroups);
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		IdentityService identity = engine.getIdentityService();
		for (String role : Roles.ALL) {
			ensureGroup(identity, role, "SYSTEM");
		}
		for (String department : DEPARTMENTS) {
			ensureGroup(identity, department, "WORKFLOW");
		}
		AuthorizationService authorizations = engine.getAuthorizationService();
		for (Resource resource : Resources.values()) {
			grant(authorizations, Roles.ADMIN, resource, "*", Permissions.ALL);
		}
		for (Resource resource : List.of(Resources.DEPLOYMENT, Resources.PROCESS_DEFINITION,
				Resources.DECISION_DEFINITION, Resources.DECISION_REQUIREMENTS_DEFINITION)) {
			grant(authorizations, Roles.ANALYST, resource, "*", Permissions.ALL);
		}
		grant(authorizations, Roles.ANALYST, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
		grant(authorizations, Roles.CLERK, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
		grant(authorizations, Roles.SUPERVISOR, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
		grant(authorizations, Roles.SUPERVISOR, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
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

	private static void grant(AuthorizationService authorizations, String group, Resource resource, String resourceId,
			Permission permission) {
		boolean exists = authorizations.createAuthorizationQuery()
			.groupIdIn(group)
			.resourceType(resource)
			.resourceId(resourceId)
			.count() > 0;
		if (exists) {
			return;
		}
		Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		authorization.setGroupId(group);
		authorization.setResource(resource);
		authorization.setResourceId(resourceId);
		authorization.addPermission(permission);
		authorizations.saveAuthorization(authorization);
	}

}
