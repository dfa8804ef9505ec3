package org.eservices.app.it;

import java.util.regex.Matcher;

/**
 * Business licence start-form data as a citizen's browser sends it.
 */
final class Applications {

	static final String PATH = "/api/services/business-licence/requests";

	private Applications() {
	}

	static String valid(String businessName) {
		return """
				{
				  "applicantName": "Anna Citizen",
				  "email": "anna@example.org",
				  "phone": "+4930664040900",
				  "businessName": "%s",
				  "activityType": "food",
				  "address": "1 Main Street, Springfield",
				  "employees": 3,
				  "openingDate": "2027-01-15",
				  "declaration": true
				}""".formatted(businessName);
	}

	/**
	 * A valid application with one field replaced (a JSON value, e.g. {@code "\"x\""} or
	 * {@code 2.5}).
	 */
	static String with(String field, String jsonValue) {
		return valid("Test Shop").replaceFirst("\"" + field + "\": (\"[^\"]*\"|[^,\\n]+)",
				Matcher.quoteReplacement("\"" + field + "\": " + jsonValue));
	}

	static String without(String field) {
		return valid("Test Shop").replaceFirst("\\s*\"" + field + "\": (\"[^\"]*\"|[^,\\n]+),?", "");
	}

}
