package org.eservices.app.it;

import java.util.List;

import org.springframework.http.HttpMethod;

/**
 * Every call of the engine's REST API (the same under {@code /engine-rest} and the
 * webapps' {@code /camunda/api/engine/engine/<name>}) that changes a waiting case other
 * than through its task's form: variables, suspension, modification, migration, deletion.
 * Only an admin may make them.
 */
final class CaseChangingCalls {

	record Call(HttpMethod method, String path, String body) {

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

	private CaseChangingCalls() {
	}

	/**
	 * @param instance the case's process instance
	 * @param definition its process definition's id
	 * @param task the task it waits in
	 * @return the calls in an order an admin can make them one after the other
	 */
	static List<Call> of(String instance, String definition, String task) {
		String process = "/process-instance/" + instance;
		return List.of(new Call(HttpMethod.PUT, process + "/variables/businessName", "{\"value\": \"Changed\"}"),
				new Call(HttpMethod.POST, process + "/variables",
						"{\"modifications\": {\"businessName\": {\"value\": \"Changed\"}}}"),
				new Call(HttpMethod.DELETE, process + "/variables/businessName", null),
				new Call(HttpMethod.PUT, "/task/" + task + "/variables/businessName", "{\"value\": \"Changed\"}"),
				new Call(HttpMethod.DELETE, "/task/" + task + "/variables/businessName", null),
				new Call(HttpMethod.PUT, process + "/suspended", "{\"suspended\": true}"),
				new Call(HttpMethod.PUT, "/process-definition/" + definition + "/suspended",
						"{\"suspended\": true, \"includeProcessInstances\": true}"),
				new Call(HttpMethod.PUT, "/process-instance/suspended",
						"{\"processInstanceIds\": [\"" + instance + "\"], \"suspended\": true}"),
				new Call(HttpMethod.POST, "/migration/execute",
						"{\"migrationPlan\": {\"sourceProcessDefinitionId\": \"" + definition
								+ "\", \"targetProcessDefinitionId\": \"" + definition
								+ "\", \"instructions\": [{\"sourceActivityIds\": [\"ReviewApplication\"], "
								+ "\"targetActivityIds\": [\"ReviewApplication\"]}]}, \"processInstanceIds\": [\""
								+ instance + "\"]}"),
				new Call(HttpMethod.POST, process + "/modification",
						"{\"instructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"ReviewApplication\"}]}"),
				new Call(HttpMethod.DELETE, process, null), new Call(HttpMethod.POST, "/process-instance/delete",
						"{\"processInstanceIds\": [\"" + instance + "\"], \"deleteReason\": \"gone\"}"));
	}

}
