package org.eservices.app.identity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.eservices.portal.security.Roles;

import org.springframework.stereotype.Component;

/**
 * Supervisors reassign the tasks of their own departments, and only those: when a user
 * task is created, each supervisor who is a member of one of its candidate groups gets
 * {@code TASK_ASSIGN} on it (Camunda's grants are per group, and "supervisor of this
 * department" is two groups at once). Attached to every user task by a BPMN parse
 * listener, as a built-in listener that no deployment can leave out.
 */
@Component
class DepartmentSupervisors extends AbstractProcessEnginePlugin {

	private static final TaskListener GRANT = DepartmentSupervisors::grantReassignment;

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<BpmnParseListener> listeners = new ArrayList<>();
		if (configuration.getCustomPostBPMNParseListeners() != null) {
			listeners.addAll(configuration.getCustomPostBPMNParseListeners());
		}
		listeners.add(new AbstractBpmnParseListener() {
			@Override
			public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
				((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
					.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, GRANT);
			}
		});
		configuration.setCustomPostBPMNParseListeners(listeners);
	}

	private static void grantReassignment(DelegateTask task) {
		Context.getCommandContext().runWithoutAuthorization(() -> {
			IdentityService identity = task.getProcessEngineServices().getIdentityService();
			Set<String> members = new LinkedHashSet<>();
			for (IdentityLink candidate : task.getCandidates()) {
				String department = candidate.getGroupId();
				if (IdentityLinkType.CANDIDATE.equals(candidate.getType()) && department != null
						&& !Roles.ALL.contains(department)) {
					members.addAll(memberIds(identity, department));
				}
			}
			if (!members.isEmpty()) {
				// the supervisors among the departments' members
				members.retainAll(memberIds(identity, Roles.SUPERVISOR));
			}
			AuthorizationService authorizations = task.getProcessEngineServices().getAuthorizationService();
			for (String supervisor : members) {
				grant(authorizations, supervisor, task.getId());
			}
			return null;
		});
	}

	private static Set<String> memberIds(IdentityService identity, String group) {
		Set<String> ids = new LinkedHashSet<>();
		for (User member : identity.createUserQuery().memberOfGroup(group).list()) {
			ids.add(member.getId());
		}
		return ids;
	}

	/** Added to the user's grant on the task, if the engine already made one. */
	private static void grant(AuthorizationService authorizations, String userId, String taskId) {
		Authorization grant = authorizations.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_GRANT)
			.userIdIn(userId)
			.resourceType(Resources.TASK)
			.resourceId(taskId)
			.singleResult();
		if (grant == null) {
			grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
			grant.setUserId(userId);
			grant.setResource(Resources.TASK);
			grant.setResourceId(taskId);
		}
		grant.addPermission(TaskPermissions.TASK_ASSIGN);
		authorizations.saveAuthorization(grant);
	}

}
