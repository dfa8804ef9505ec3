package org.eservices.portal.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * Reads the Camunda extension properties that turn a BPMN model into an e-service.
 */
public final class ModelProperties {

	public static final String MILESTONE = "milestone";

	public static final String MILESTONE_LABEL = "milestoneLabel";

	private ModelProperties() {
	}

	public static Map<String, String> of(BaseElement element) {
		Map<String, String> properties = new LinkedHashMap<>();
		ExtensionElements extensions = (element != null) ? element.getExtensionElements() : null;
		if (extensions == null) {
			return properties;
		}
		for (CamundaProperties group : extensions.getElementsQuery().filterByType(CamundaProperties.class).list()) {
			for (CamundaProperty property : group.getCamundaProperties()) {
				properties.put(property.getCamundaName(), property.getCamundaValue());
			}
		}
		return properties;
	}

	public static Optional<Milestone> milestone(BaseElement element) {
		return milestone(of(element));
	}

	/** The milestone that a flow node's extension properties mark, if any. */
	public static Optional<Milestone> milestone(Map<String, String> properties) {
		String code = properties.get(MILESTONE);
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		return Optional.of(new Milestone(code, properties.getOrDefault(MILESTONE_LABEL, code)));
	}

}
