package org.eservices.portal.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.eservices.portal.forms.FormDefinition;

import org.springframework.stereotype.Service;

/**
 * The e-services currently deployed: every latest, active process definition that is an
 * e-service ({@link EServiceModels}). Reads the engine each time, so a deployment shows
 * at once; what it derives from a definition is cached by definition id, which never
 * changes content.
 */
@Service
public class ServiceCatalog {

	private final RepositoryService repositoryService;

	private final FormService formService;

	private final ObjectMapper objectMapper;

	/** What a definition describes: its content never changes. */
	private final Cache<String, Optional<EService>> byDefinitionId = Caffeine.newBuilder().maximumSize(1_000).build();

	private final Cache<String, FormDefinition> startForms = Caffeine.newBuilder().maximumSize(1_000).build();

	static final Duration LATEST_TTL = Duration.ofSeconds(2);

	private final Cache<String, EService> latest = Caffeine.newBuilder()
		.expireAfterWrite(LATEST_TTL)
		.maximumSize(1_000)
		.build();

	public ServiceCatalog(RepositoryService repositoryService, FormService formService, ObjectMapper objectMapper) {
		this.repositoryService = repositoryService;
		this.formService = formService;
		this.objectMapper = objectMapper;
	}

	public List<EService> all() {
		return this.repositoryService.createProcessDefinitionQuery()
			.latestVersion()
			.active()
			.list()
			.stream()
			.map(this::describe)
			.flatMap(Optional::stream)
			.sorted(Comparator.comparing(EService::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/**
	 * The latest version of an e-service. A found one is remembered for
	 * {@link #LATEST_TTL}, so a burst of submissions does not query the engine each time;
	 * a new version is picked up within that time, a new e-service at once.
	 */
	public Optional<EService> find(String key) {
		EService known = this.latest.getIfPresent(key);
		if (known != null) {
			return Optional.of(known);
		}
		Optional<EService> found = query(key);
		found.ifPresent((service) -> this.latest.put(key, service));
		return found;
	}

	private Optional<EService> query(String key) {
		ProcessDefinition definition = this.repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey(key)
			.latestVersion()
			.active()
			.singleResult();
		return (definition != null) ? describe(definition) : Optional.empty();
	}

	/**
	 * The e-service a (possibly older) definition belongs to, as that version describes
	 * it.
	 */
	public Optional<EService> byDefinitionId(String definitionId) {
		// a deleted version (a request or draft may outlive it) is none
		return this.byDefinitionId.get(definitionId,
				(id) -> Optional.ofNullable(
						this.repositoryService.createProcessDefinitionQuery().processDefinitionId(id).singleResult())
					.flatMap(this::read));
	}

	public FormDefinition startForm(EService service) {
		return this.startForms.get(service.definitionId(), (id) -> {
			try (InputStream form = this.formService.getDeployedStartForm(id)) {
				return FormDefinition.of(this.objectMapper.readTree(form));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	private Optional<EService> describe(ProcessDefinition definition) {
		return this.byDefinitionId.get(definition.getId(), (id) -> read(definition));
	}

	private Optional<EService> read(ProcessDefinition definition) {
		return EServiceModels.read(this.repositoryService.getBpmnModelInstance(definition.getId()), definition.getKey(),
				definition.getVersion(), definition.getId());
	}

}
