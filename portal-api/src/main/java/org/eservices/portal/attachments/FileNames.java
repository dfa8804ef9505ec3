package org.eservices.portal.attachments;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A stored file's name ends as its type does, whatever name it came with: a PDF named
 * {@code evil.html} is kept as {@code evil.pdf}, so no one who later downloads it is
 * misled about what they open.
 */
final class FileNames {

	/** Extensions per accepted type, the first being the one given when none fits. */
	private static final Map<String, List<String>> EXTENSIONS = Map.of("application/pdf", List.of("pdf"), "image/png",
			List.of("png"), "image/jpeg", List.of("jpg", "jpeg"));

	private FileNames() {
	}

	static String forType(String name, String type) {
		List<String> extensions = EXTENSIONS.getOrDefault(type, List.of());
		if (extensions.isEmpty()) {
			return name;
		}
		int dot = name.lastIndexOf('.');
		String extension = (dot > 0) ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
		if (extensions.contains(extension)) {
			return name;
		}
		String base = (dot > 0) ? name.substring(0, dot) : name;
		String renamed = base + "." + extensions.get(0);
		return (renamed.length() > 255) ? renamed.substring(renamed.length() - 255) : renamed;
	}

}
