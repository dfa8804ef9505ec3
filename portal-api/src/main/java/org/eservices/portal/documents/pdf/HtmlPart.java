package org.eservices.portal.documents.pdf;

/**
 * A document in one language: a whole HTML page, as an analyst writes it (HTML5, not
 * necessarily well-formed XML), already filled with the case's data.
 *
 * @param language its language tag ({@code en}, {@code ar}); Arabic, Hebrew, Persian and
 * Urdu are laid out right to left
 */
public record HtmlPart(String html, String language) {

	public boolean rightToLeft() {
		return switch (this.language) {
			case "ar", "fa", "he", "ur" -> true;
			default -> false;
		};
	}

}
