package org.eservices.portal.i18n;

import java.util.Locale;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The API's messages to people, such as field errors, in the language of the request
 * ({@code Accept-Language}); English where there is no translation. The English texts of
 * form errors are form-js's own, so that the browser and the server say the same.
 */
public final class Messages {

	private static final ResourceBundleMessageSource SOURCE = source();

	private Messages() {
	}

	/**
	 * @param arguments strings, inserted as they are (no number formatting)
	 */
	public static String get(String code, Object... arguments) {
		LocaleContext request = LocaleContextHolder.getLocaleContext();
		// outside a request (jobs, tests): English, not the server's own locale
		Locale locale = (request != null && request.getLocale() != null) ? request.getLocale() : Locale.ENGLISH;
		return SOURCE.getMessage(code, arguments, locale);
	}

	/** In a language chosen by the caller: a document's, not the request's. */
	public static String in(Locale locale, String code, Object... arguments) {
		return SOURCE.getMessage(code, arguments, locale);
	}

	private static ResourceBundleMessageSource source() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("i18n/messages");
		source.setDefaultEncoding("UTF-8");
		// English, not the server's own locale, when a language has no bundle
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
