package org.eservices.portal.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The regular expressions behind form-js's {@code validationType} and {@code pattern}
 * rules.
 */
final class FieldPatterns {

	/** The HTML standard's "valid e-mail address", which form-js applies too. */
	static final Pattern EMAIL = Pattern
		.compile("^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
				+ "(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$");

	/**
	 * International phone numbers: country calling code, prefix and subscriber digits.
	 * The expression is form-js's own (MIT licence), kept in a resource so both sides
	 * agree to the digit; like form-js it is searched, not matched, so it is anchored
	 * only at the end.
	 */
	static final Pattern PHONE = Pattern.compile(load("phone-pattern.txt"));

	private static final Map<String, Pattern> CUSTOM = new ConcurrentHashMap<>();

	private FieldPatterns() {
	}

	/**
	 * Whether mail systems take an address this long (RFC 5321: at most 254 characters,
	 * 64 before the {@code @}); form-js's pattern alone lets longer ones through, which
	 * no message could then be sent to.
	 */
	static boolean deliverableLength(String email) {
		int at = email.lastIndexOf('@');
		return email.length() <= 254 && at >= 0 && at <= 64;
	}

	/**
	 * A schema's {@code validate.pattern}, compiled once; {@code null} if Java cannot
	 * read it.
	 */
	static Pattern custom(String regex) {
		return CUSTOM.computeIfAbsent(regex, (r) -> {
			try {
				return Pattern.compile(r);
			}
			catch (PatternSyntaxException ex) {
				return null;
			}
		});
	}

	private static String load(String name) {
		try (InputStream in = FieldPatterns.class.getResourceAsStream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
