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
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.eservices.portal.security.Roles;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What each role may do in the engine (Cockpit, Tasklist, the engine REST API), granted
 * to the role's group whatever the identity source: local groups, or Keycloak groups
 * through the identity plugin. Least privilege: analysts deploy and read definitions but
 * no case data; clerks and supervisors see and work the tasks of their departments
 * (granted per task by the engine, see {@code default-user-permission-name-for-task}) and
 * nothing else; only admins read or change process instances. Run at every start, it also
 * takes back what earlier versions granted.
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
			grantExactly(authorizations, Roles.ADMIN, resource, "*", Permissions.ALL);
		}
		// Modeler deploys (and reads what is deployed, to deploy only what changed)
		grantExactly(authorizations, Roles.ANALYST, Resources.DEPLOYMENT, "*", Permissions.CREATE, Permissions.READ);
		for (Resource definitions : List.of(Resources.PROCESS_DEFINITION, Resources.DECISION_DEFINITION,
				Resources.DECISION_REQUIREMENTS_DEFINITION)) {
			grantExactly(authorizations, Roles.ANALYST, definitions, "*", Permissions.READ);
		}
		grantExactly(authorizations, Roles.ANALYST, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
		grantExactly(authorizations, Roles.CLERK, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
		// Tasklist's filters are queries, no case data: which tasks a query finds is
		// still the engine's grants' to say
		grantExactly(authorizations, Roles.CLERK, Resources.FILTER, "*", Permissions.READ);
		grantExactly(authorizations, Roles.SUPERVISOR, Resources.FILTER, "*", Permissions.READ);
		grantExactly(authorizations, Roles.SUPERVISOR, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
		grantExactly(authorizations, Roles.SUPERVISOR, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
		workNotUpdateOpenTasks(authorizations);
	}

	/**
	 * The role's grant on the resource, with these permissions and no others, whatever an
	 * earlier version granted.
	 */
	private static void grantExactly(AuthorizationService authorizations, String group, Resource resource,
			String resourceId, Permission... permissions) {
		Authorization existing = authorizations.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_GRANT)
			.groupIdIn(group)
			.resourceType(resource)
			.resourceId(resourceId)
			.singleResult();
		if (existing != null && grantsExactly(existing, List.of(permissions))) {
			return;
		}
		if (existing != null) {
			authorizations.deleteAuthorization(existing.getId());
		}
		Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		authorization.setGroupId(group);
		authorization.setResource(resource);
		authorization.setResourceId(resourceId);
		for (Permission permission : permissions) {
			authorization.addPermission(permission);
		}
		authorizations.saveAuthorization(authorization);
	}

	private static boolean grantsExactly(Authorization authorization, List<Permission> permissions) {
		if (permissions.contains(Permissions.ALL) || authorization.isPermissionGranted(Permissions.ALL)) {
			return permissions.contains(Permissions.ALL) && authorization.isPermissionGranted(Permissions.ALL);
		}
		for (Permissions permission : Permissions.values()) {
			if (permission != Permissions.NONE && permission != Permissions.ALL
					&& authorization.isPermissionGranted(permission) != permissions.contains(permission)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Tasks created before the engine granted {@code TASK_WORK} carry {@code UPDATE} for
	 * their assignee and candidates, which lets them write any variable of the case:
	 * narrowed to working the task.
	 */
	private static void workNotUpdateOpenTasks(AuthorizationService authorizations) {
		for (Authorization authorization : authorizations.createAuthorizationQuery()
			.resourceType(Resources.TASK)
			.hasPermission(Permissions.UPDATE)
			.list()) {
			if ("*".equals(authorization.getResourceId()) || authorization.isPermissionGranted(Permissions.ALL)) {
				continue; // an admin's grant on all tasks
			}
			authorization.removePermission(Permissions.UPDATE);
			authorization.addPermission(TaskPermissions.TASK_WORK);
			authorizations.saveAuthorization(authorization);
		}
	}

}
