package org.eservices.app.identity;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.eservices.portal.security.Roles;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What each role may do in the engine (Cockpit, Tasklist, deployments), granted to the
 * role's group whatever the identity source: local groups, or Keycloak groups through the
 * identity plugin. Idempotent.
 */
@Component
@Order(1)
class EngineAuthorizations extends AbstractProcessEnginePlugin {

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
