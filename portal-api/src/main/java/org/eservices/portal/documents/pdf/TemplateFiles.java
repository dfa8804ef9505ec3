package org.eservices.portal.documents.pdf;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;

/**
 * The files a document template names by a relative address ({@code licence.css},
 * {@code crest.png}), from wherever its templates are kept. Nothing else is readable from
 * a template.
 */
@FunctionalInterface
public interface TemplateFiles {

	/** The scheme the template's relative addresses resolve to. */
	String SCHEME = "template";

	String BASE_URI = SCHEME + ":/";

	TemplateFiles NONE = (name) -> Optional.empty();

	/**
	 * @param name the file's name relative to the template, e.g. {@code licence.css}
	 */
	Optional<byte[]> read(String name);

	default FSStreamFactory streams() {
		return (uri) -> {
			String name = uri.substring(BASE_URI.length()).replaceFirst("^/+", "");
			byte[] bytes = read(name).orElse(null);
			return new FSStream() {

				@Override
				public InputStream getStream() {
					return (bytes != null) ? new ByteArrayInputStream(bytes) : null;
				}

				@Override
				public Reader getReader() {
					return (bytes != null) ? new InputStreamReader(getStream(), StandardCharsets.UTF_8) : null;
				}

			};
		};
	}

}
