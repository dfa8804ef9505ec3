package org.eservices.portal.sla;

import java.util.Map;

/**
 * Port to whatever sends e-mail: a reminder or an escalation to a member of staff, sent
 * at most once per idempotency key.
 */
public interface StaffMessages {

	/**
	 * @param template {@code task-reminder} or {@code task-escalated}, among the
	 * platform's message texts
	 * @param data what the text names: {@code task}, {@code reference}, {@code service},
	 * {@code due}
	 */
	void email(String idempotencyKey, String to, String template, Map<String, Object> data, String processInstanceId,
			String reference);

}
