package org.eservices.portal.forms;

/**
 * String helpers with JavaScript's semantics, so that length rules count as the browser
 * does.
 */
final class JsText {

	private JsText() {
	}

	/**
	 * {@code String.prototype.trim}: strips ECMAScript white space and line terminators.
	 */
	static String trim(String value) {
		int start = 0;
		int end = value.length();
		while (start < end && isJsWhitespace(value.charAt(start))) {
			start++;
		}
		while (end > start && isJsWhitespace(value.charAt(end - 1))) {
			end--;
		}
		return value.substring(start, end);
	}

	/**
	 * Whether a text shows nothing: empty, or only white space and format characters
	 * (zero-width spaces and joiners, direction marks). form-js takes such an answer as
	 * given; nobody reading the case could, so a required field refuses it.
	 */
	static boolean isInvisible(String value) {
		return value.codePoints()
			.allMatch((c) -> Character.isWhitespace(c) || Character.isSpaceChar(c)
					|| Character.getType(c) == Character.FORMAT);
	}

	private static boolean isJsWhitespace(char c) {
		return c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == ' ' || c == 0x00A0 || c == 0xFEFF
				|| c == 0x2028 || c == 0x2029 || Character.getType(c) == Character.SPACE_SEPARATOR;
	}

}
