package org.eservices.connectors.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Message texts per e-service and event, written by analysts beside the models:
 * {@code notifications/<process key>/<template>.email.mustache} (first line
 * {@code Subject: ...}, then a blank line, then the body) and {@code ...sms.mustache}.
 * Mustache, like form-js text: {@code {{reference}}}, {{businessName}}.
 */
@Component
public class MessageTemplates {

	static final String SUBJECT = "Subject:";

	private final ResourceLoader resources;

	private final Mustache.Compiler compiler = Mustache.compiler()
		.escapeHTML(false)
		.defaultValue("")
		// an optional answer left empty shows no section, as one not given
		.emptyStringIsFalse(true);

	private final Map<String, Template> compiled = new ConcurrentHashMap<>();

	public MessageTemplates(ResourceLoader resources) {
		this.resources = resources;
	}

	public Rendered render(String processKey, String template, Channel channel, Map<String, Object> variables) {
		String name = "notifications/%s/%s.%s.mustache".formatted(processKey, template, channel.name().toLowerCase());
		String text = this.compiled.computeIfAbsent(name, this::compile).execute(variables).strip();
		if (channel != Channel.EMAIL) {
			return new Rendered(null, text);
		}
		if (!text.startsWith(SUBJECT)) {
			throw new IllegalStateException("Template " + name + " must start with '" + SUBJECT + " ...'");
		}
		int lineEnd = text.indexOf('\n');
		String subject = text.substring(SUBJECT.length(), (lineEnd < 0) ? text.length() : lineEnd).strip();
		String body = (lineEnd < 0) ? "" : text.substring(lineEnd + 1).strip();
		return new Rendered(subject, body);
	}

	private Template compile(String name) {
		Resource resource = this.resources.getResource("classpath:" + name);
		if (!resource.exists()) {
			throw new IllegalStateException("No message template " + name + " on the classpath");
		}
		try (InputStream in = resource.getInputStream()) {
			return this.compiler.compile(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public record Rendered(String subject, String body) {

	}

}
