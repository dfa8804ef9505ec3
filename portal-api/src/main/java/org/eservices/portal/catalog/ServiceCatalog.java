package org.eservices.portal.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.eservices.portal.forms.FormDefinition;

import org.springframework.stereotype.Service;

/**
 * The e-services currently deployed: every latest, active process definition whose
 * process element carries {@code eservice.referencePrefix} and whose start event has a
 * {@code camunda:formRef}. Reads the engine each time, so a deployment shows at once;
 * what it derives from a definition is cached by definition id, which never changes
 * content.
 */
@Service
public class ServiceCatalog {

	static final String PREFIX = "eservice.";

	private final RepositoryService repositoryService;

	private final FormService formService;

	private final ObjectMapper objectMapper;

	private final Map<String, Optional<EService>> byDefinitionId = new ConcurrentHashMap<>();

	private final Map<String, FormDefinition> startForms = new ConcurrentHashMap<>();

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
		return this.byDefinitionId.computeIfAbsent(definitionId,
				(id) -> read(this.repositoryService.getProcessDefinition(id)));
	}

	public FormDefinition startForm(EService service) {
		return this.startForms.computeIfAbsent(service.definitionId(), (id) -> {
			try (InputStream form = this.formService.getDeployedStartForm(id)) {
				return FormDefinition.of(this.objectMapper.readTree(form));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	private Optional<EService> describe(ProcessDefinition definition) {
		return this.byDefinitionId.computeIfAbsent(definition.getId(), (id) -> read(definition));
	}

	private Optional<EService> read(ProcessDefinition definition) {
		BpmnModelInstance model = this.repositoryService.getBpmnModelInstance(definition.getId());
		Process process = model.getModelElementById(definition.getKey());
		Map<String, String> properties = ModelProperties.of(process);
		String prefix = properties.get(PREFIX + "referencePrefix");
		boolean hasStartForm = process.getChildElementsByType(StartEvent.class)
			.stream()
			.anyMatch((start) -> start.getCamundaFormRef() != null);
		if (prefix == null || prefix.isBlank() || !hasStartForm) {
			return Optional.empty();
		}
		return Optional.of(new EService(definition.getKey(),
				(definition.getName() != null) ? definition.getName() : definition.getKey(), documentation(process),
				properties.getOrDefault(PREFIX + "category", "General"), prefix.trim(),
				integer(properties.get(PREFIX + "processingDays")), properties.get(PREFIX + "fee"),
				list(properties.get(PREFIX + "requirements"), ";"), definition.getVersion(), definition.getId(),
				list(properties.get(PREFIX + "citizenVariables"), ","), milestones(model)));
	}

	/**
	 * Milestones in the order a request meets them: breadth first from the start events,
	 * with the outcomes (milestones after which no other follows) last.
	 */
	private static List<Milestone> milestones(BpmnModelInstance model) {
		Map<FlowNode, Milestone> found = new LinkedHashMap<>();
		for (FlowNode node : reachable(model.getModelElementsByType(StartEvent.class))) {
			ModelProperties.milestone(node).ifPresent((milestone) -> found.put(node, milestone));
		}
		for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
			ModelProperties.milestone(node).ifPresent((milestone) -> found.putIfAbsent(node, milestone));
		}
		Map<String, Milestone> steps = new LinkedHashMap<>();
		Map<String, Milestone> outcomes = new LinkedHashMap<>();
		found.forEach((node, milestone) -> {
			boolean leadsOn = reachable(node.getSucceedingNodes().list()).stream().anyMatch(found::containsKey);
			(leadsOn ? steps : outcomes).putIfAbsent(milestone.code(), milestone);
		});
		outcomes.forEach(steps::putIfAbsent);
		return List.copyOf(steps.values());
	}

	/** The nodes, and all nodes after them, breadth first. */
	private static Set<FlowNode> reachable(Collection<? extends FlowNode> from) {
		Set<FlowNode> seen = new LinkedHashSet<>(from);
		Deque<FlowNode> queue = new ArrayDeque<>(seen);
		while (!queue.isEmpty()) {
			for (FlowNode next : queue.poll().getSucceedingNodes().list()) {
				if (seen.add(next)) {
					queue.add(next);
				}
			}
		}
		return seen;
	}

	private static String documentation(Process process) {
		return process.getDocumentations()
			.stream()
			.map(Documentation::getTextContent)
			.map(String::strip)
			.collect(Collectors.joining("\n"));
	}

	private static Integer integer(String value) {
		try {
			return (value != null) ? Integer.valueOf(value.trim()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static List<String> list(String value, String separator) {
		if (value == null || value.isBlank()) {
			return List.of();
		}
		return Arrays.stream(value.split(separator)).map(String::trim).filter((s) -> !s.isEmpty()).toList();
	}

}
