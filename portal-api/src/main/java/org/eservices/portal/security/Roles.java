package org.eservices.portal.security;

import java.util.Set;

/**
 * The platform's roles. Each exists as a group in local identity and as a realm role in
 * Keycloak, under the same name; any other group a user has is a department group (BPMN
 * candidate group).
 */
public final class Roles {

	public static final String CITIZEN = "citizen";

	public static final String CLERK = "clerk";

	public static final String SUPERVISOR = "supervisor";

	public static final String ADMIN = "admin";

	public static final String ANALYST = "analyst";

	public static final Set<String> ALL = Set.of(CITIZEN, CLERK, SUPERVISOR, ADMIN, ANALYST);

	static final String ROLE_PREFIX = "ROLE_";

	static final String GROUP_PREFIX = "GROUP_";

	private Roles() {
	}

	/** Spring Security authority of a role, for {@code hasRole}. */
	public static String authority(String role) {
		return ROLE_PREFIX + role.toUpperCase();
	}

}
