package org.eservices.portal.documents.pdf;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The renderer's messages in the platform's log (as JSON, with the case's context), not
 * on the console: its information at debug level (it reports each font and style sheet it
 * loads), its warnings and errors as such.
 */
final class RendererLog implements XRLogger {

	private static final Logger log = LoggerFactory.getLogger("com.openhtmltopdf");

	@Override
	public void log(String where, Level level, String message) {
		log(where, level, message, null);
	}

	@Override
	public void log(String where, Level level, String message, Throwable cause) {
		if (level.intValue() >= Level.SEVERE.intValue()) {
			log.error("{}: {}", where, message, cause);
		}
		else if (level.intValue() >= Level.WARNING.intValue()) {
			log.warn("{}: {}", where, message, cause);
		}
		else {
			log.debug("{}: {}", where, message, cause);
		}
	}

	@Override
	public void setLevel(String logger, Level level) {
		// the platform's logging configuration decides
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		return diagnostic.getLevel().intValue() >= Level.WARNING.intValue() || log.isDebugEnabled();
	}

}
