package org.eservices.portal.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.samskivert.mustache.Mustache;
import org.camunda.bpm.engine.RepositoryService;
import org.eservices.portal.documents.pdf.HtmlPart;
import org.eservices.portal.documents.pdf.TemplateFiles;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Document templates, written by analysts beside the models: {@code <name>.html} in
 * English and {@code <name>.<language>.html} in another language, with the style sheets
 * and images they name, deployed with the process (Modeler's additional files) or in
 * {@code documents/<process key>/}. Mustache fills them with the case's data, escaped:
 * what a citizen typed is text in a document, never markup.
 */
@Component
public class DocumentTemplates {

	private static final String ENGLISH = "en";

	private final RepositoryService repositoryService;

	private final Mustache.Compiler compiler = Mustache.compiler()
		.escapeHTML(true)
		.defaultValue("")
		.emptyStringIsFalse(true);

	private final Map<String, List<String>> resourceNames = new ConcurrentHashMap<>();

	DocumentTemplates(RepositoryService repositoryService) {
		this.repositoryService = repositoryService;
	}

	/**
	 * @param definitionId the process definition whose deployment is looked in first, or
	 * {@code null} for the platform's own templates
	 * @param folder {@code documents/<folder>/} on the classpath: the process key, or
	 * {@code platform}
	 * @param data per language: what the template's tags name
	 */
	public List<HtmlPart> fill(String definitionId, String folder, String name, List<String> languages,
			Map<String, Map<String, Object>> data) {
		return languages.stream()
			.map((language) -> new HtmlPart(
					this.compiler.compile(template(definitionId, folder, name, language)).execute(data.get(language)),
					language))
			.toList();
	}

	/** The template's own files (style sheets, images), by their relative names. */
	public TemplateFiles filesOf(String definitionId, String folder) {
		return (file) -> read(definitionId, folder, file);
	}

	private String template(String definitionId, String folder, String name, String language) {
		String file = ENGLISH.equals(language) ? name + ".html" : name + "." + language + ".html";
		return read(definitionId, folder, file).map((bytes) -> new String(bytes, StandardCharsets.UTF_8))
			.orElseThrow(() -> new IllegalStateException(
					"No document template " + file + " in the process's deployment or in documents/" + folder + "/"));
	}

	private Optional<byte[]> read(String definitionId, String folder, String file) {
		if (file.contains("..") || file.contains("\\") || file.startsWith("/")) {
			return Optional.empty();
		}
		return fromDeployment(definitionId, folder, file).or(() -> fromClasspath("documents/" + folder + "/" + file));
	}

	private Optional<byte[]> fromDeployment(String definitionId, String folder, String file) {
		if (definitionId == null) {
			return Optional.empty();
		}
		String deploymentId = this.repositoryService.getProcessDefinition(definitionId).getDeploymentId();
		List<String> names = this.resourceNames.computeIfAbsent(deploymentId,
				this.repositoryService::getDeploymentResourceNames);
		// the folder's file first: one deployment may hold several e-services' templates
		String inFolder = "documents/" + folder + "/" + file;
		return names.stream()
			.filter((resource) -> resource.equals(inFolder) || resource.endsWith("/" + inFolder))
			.findFirst()
			.or(() -> names.stream().filter(file::equals).findFirst())
			.map((resource) -> {
				try (InputStream in = this.repositoryService.getResourceAsStream(deploymentId, resource)) {
					return in.readAllBytes();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
	}

	private static Optional<byte[]> fromClasspath(String path) {
		ClassPathResource resource = new ClassPathResource(path);
		if (!resource.exists()) {
			return Optional.empty();
		}
		try (InputStream in = resource.getInputStream()) {
			return Optional.of(in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
