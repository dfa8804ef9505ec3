package org.eservices.portal.catalog;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which processes are e-services, and what the catalog shows of one: read from models an
 * analyst could build, without an engine.
 */
class EServiceModelsTest {

	@Test
	void aProcessWithAReferencePrefixAndAStartFormIsAnEServiceDescribedByItsProperties() {
		BpmnModelInstance model = Bpmn.createExecutableProcess("dog-licence")
			.name("Dog licence")
			.startEvent("Submitted")
			.camundaFormRef("dog-licence-application")
			.exclusiveGateway("Decide")
			.condition("yes", "${ok}")
			.endEvent("Issued")
			.moveToLastGateway()
			.condition("no", "${!ok}")
			.userTask("Review")
			.endEvent("Refused")
			.done();
		property(model, "dog-licence", "eservice.referencePrefix", " DL ");
		property(model, "dog-licence", "eservice.category", "Animals");
		property(model, "dog-licence", "eservice.processingDays", "5");
		property(model, "dog-licence", "eservice.fee", "EUR 30");
		property(model, "dog-licence", "eservice.requirements", "Vaccination record; ; Photo of the dog");
		property(model, "dog-licence", "eservice.citizenVariables", "licenceNumber, tagNumber");
		property(model, "dog-licence", "eservice.retentionMonths", "24");
		property(model, "dog-licence", "eservice.keepRecordsYears", "6");
		property(model, "Submitted", "milestone", "submitted");
		property(model, "Submitted", "milestoneLabel", "Submitted");
		property(model, "Issued", "milestone", "issued");
		property(model, "Review", "milestone", "review");
		property(model, "Refused", "milestone", "refused");

		EService service = EServiceModels.read(model, "dog-licence", 1, "dog-licence:1:1").orElseThrow();

		assertThat(service.key()).isEqualTo("dog-licence");
		assertThat(service.name()).isEqualTo("Dog licence");
		assertThat(service.referencePrefix()).isEqualTo("DL");
		assertThat(service.category()).isEqualTo("Animals");
		assertThat(service.processingDays()).isEqualTo(5);
		assertThat(service.fee()).isEqualTo("EUR 30");
		assertThat(service.requirements()).containsExactly("Vaccination record", "Photo of the dog");
		assertThat(service.citizenVariables()).containsExactly("licenceNumber", "tagNumber");
		assertThat(service.retentionMonths()).as("its decided requests kept two years").isEqualTo(24);
		assertThat(service.keepRecordsYears()).as("its payments and licences six").isEqualTo(6);
		assertThat(service.milestones()).extracting(Milestone::code)
			.as("steps in the order a request meets them, outcomes last")
			.containsExactly("submitted", "review", "issued", "refused");
	}

	@Test
	void aProcessWithoutAReferencePrefixOrAStartFormIsNone() {
		BpmnModelInstance internal = Bpmn.createExecutableProcess("internal")
			.startEvent()
			.camundaFormRef("form")
			.endEvent()
			.done();
		BpmnModelInstance formless = Bpmn.createExecutableProcess("formless").startEvent().endEvent().done();
		property(formless, "formless", "eservice.referencePrefix", "FL");

		assertThat(EServiceModels.read(internal, "internal", 1, "internal:1:1")).isEmpty();
		assertThat(EServiceModels.read(formless, "formless", 1, "formless:1:1")).isEmpty();
	}

	@Test
	void aNamelessProcessIsCalledByItsKeyAndBadNumbersAreLeftOut() {
		BpmnModelInstance model = Bpmn.createExecutableProcess("permit")
			.startEvent()
			.camundaFormRef("permit-form")
			.endEvent()
			.done();
		property(model, "permit", "eservice.referencePrefix", "PM");
		property(model, "permit", "eservice.processingDays", "a week");

		Optional<EService> service = EServiceModels.read(model, "permit", 1, "permit:1:1");

		assertThat(service).map(EService::name).contains("permit");
		assertThat(service).map(EService::processingDays).isEmpty();
		assertThat(service).map(EService::category).contains("General");
		assertThat(service.orElseThrow().milestones()).isEqualTo(List.of());
	}

	/** A {@code camunda:property}, as Modeler writes it. */
	private static void property(BpmnModelInstance model, String elementId, String name, String value) {
		BaseElement element = model.getModelElementById(elementId);
		if (element.getExtensionElements() == null) {
			element.setExtensionElements(model.newInstance(ExtensionElements.class));
		}
		ExtensionElements extensions = element.getExtensionElements();
		CamundaProperties properties = extensions.getElementsQuery()
			.filterByType(CamundaProperties.class)
			.list()
			.stream()
			.findFirst()
			.orElseGet(() -> extensions.addExtensionElement(CamundaProperties.class));
		CamundaProperty property = model.newInstance(CamundaProperty.class);
		property.setCamundaName(name);
		property.setCamundaValue(value);
		properties.addChildElement(property);
	}

}
