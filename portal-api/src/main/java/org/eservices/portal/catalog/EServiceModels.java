package org.eservices.portal.catalog;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * What makes a BPMN process an e-service, and how it describes itself: the process
 * element's {@code eservice.*} extension properties (a {@code referencePrefix} is what
 * marks one), a start event with a {@code camunda:formRef}, its documentation, and the
 * milestones on its flow nodes.
 */
final class EServiceModels {

	static final String PREFIX = "eservice.";

	private EServiceModels() {
	}

	/**
	 * @param model a deployed definition's BPMN model
	 * @param key the definition's key, its process element's id
	 * @return the e-service, or empty for a process that is none
	 */
	static Optional<EService> read(BpmnModelInstance model, String key, int version, String definitionId) {
		Process process = model.getModelElementById(key);
		Map<String, String> properties = ModelProperties.of(process);
		String prefix = properties.get(PREFIX + "referencePrefix");
		boolean hasStartForm = process.getChildElementsByType(StartEvent.class)
			.stream()
			.anyMatch((start) -> start.getCamundaFormRef() != null);
		if (prefix == null || prefix.isBlank() || !hasStartForm) {
			return Optional.empty();
		}
		return Optional.of(new EService(key, (process.getName() != null) ? process.getName() : key,
				documentation(process), properties.getOrDefault(PREFIX + "category", "General"), prefix.trim(),
				integer(properties.get(PREFIX + "processingDays")), properties.get(PREFIX + "fee"),
				list(properties.get(PREFIX + "requirements"), ";"), version, definitionId,
				list(properties.get(PREFIX + "citizenVariables"), ","), milestones(model),
				integer(properties.get(PREFIX + "reminderWorkingDays")), departments(model),
				integer(properties.get(PREFIX + "retentionMonths")),
				integer(properties.get(PREFIX + "keepRecordsYears"))));
	}

	/** The groups its user tasks name as candidates, expressions aside. */
	private static Set<String> departments(BpmnModelInstance model) {
		Set<String> groups = new TreeSet<>();
		for (UserTask task : model.getModelElementsByType(UserTask.class)) {
			String candidates = task.getCamundaCandidateGroups();
			if (candidates != null && !candidates.contains("${") && !candidates.contains("#{")) {
				for (String group : candidates.split(",")) {
					if (!group.isBlank()) {
						groups.add(group.strip());
					}
				}
			}
		}
		return Set.copyOf(groups);
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
