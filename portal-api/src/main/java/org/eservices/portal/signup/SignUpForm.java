package org.eservices.portal.signup;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A citizen's sign-up, with the rules of the Keycloak realm's password policy, so both
 * identity sources ask the same of citizens.
 */
record SignUpForm(
		@NotBlank(message = "Enter your email address.") @Email(
				message = "Enter an email address in the form name@example.org.") @Pattern(regexp = "[A-Za-z0-9@._+-]*",
						message = "Use an email address made of letters, digits and . _ + - only.") @Size(max = 254,
								message = "Use an email address of at most 254 characters.") String email,
		@NotBlank(message = "Enter your first name.") @Size(max = 100,
				message = "Use at most 100 characters.") String firstName,
		@NotBlank(message = "Enter your last name.") @Size(max = 100,
				message = "Use at most 100 characters.") String lastName,
		@NotBlank(message = "Choose a password.") @Size(min = 12, max = 128,
				message = "Use a password of 12 to 128 characters.") String password) {

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
		return this.email.toLowerCase(java.util.Locale.ROOT);
	}

}
