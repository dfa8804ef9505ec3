package org.eservices.portal.documents;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A document's verification code: 12 characters of Crockford's base 32 (60 random bits,
 * no I, L, O or U to misread), printed in groups of four. Typed back in any case, with or
 * without the dashes, with O for 0 and I or L for 1.
 */
final class VerificationCodes {

	static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	static final int LENGTH = 12;

	private static final Pattern CODE = Pattern.compile("[0-9A-HJKMNP-TV-Z]{" + LENGTH + "}");

	private final SecureRandom random = new SecureRandom();

	String next() {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** The stored form of what someone typed or scanned, if it can be a code at all. */
	static Optional<String> normalise(String typed) {
		if (typed == null || typed.length() > 40) {
			return Optional.empty();
		}
		String code = typed.toUpperCase(Locale.ROOT)
			.replaceAll("[\\s-]", "")
			.replace('O', '0')
			.replace('I', '1')
			.replace('L', '1');
		return CODE.matcher(code).matches() ? Optional.of(code) : Optional.empty();
	}

	/** As printed: {@code K7QM-2XD9-PA4F}. */
	static String printed(String code) {
		return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
	}

}
