package org.eservices.portal.signup;

import java.util.Locale;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A citizen's sign-up, with the rules of the Keycloak realm's password policy, so both
 * identity sources ask the same of citizens. Messages are in
 * {@code ValidationMessages[_lang].properties}, in the language of the request.
 */
record SignUpForm(
		@NotBlank(message = "{signup.email.required}") @Email(message = "{signup.email.format}") @Pattern(
				regexp = "[A-Za-z0-9@._+-]*",
				message = "{signup.email.characters}") @Size(max = 254, message = "{signup.email.length}") String email,
		@NotBlank(message = "{signup.firstName.required}") @Size(max = 100,
				message = "{signup.name.length}") String firstName,
		@NotBlank(message = "{signup.lastName.required}") @Size(max = 100,
				message = "{signup.name.length}") String lastName,
		@NotBlank(message = "{signup.password.required}") @Size(min = 12, max = 128,
				message = "{signup.password.length}") String password) {

	SignUpForm {
		email = trim(email);
		firstName = trim(firstName);
		lastName = trim(lastName);
	}

	private static String trim(String value) {
		return (value != null) ? value.trim() : null;
	}

	/** The user id: e-mail addresses are case-insensitive, as in Keycloak. */
	String userId() {
		return this.email.toLowerCase(Locale.ROOT);
	}

}
