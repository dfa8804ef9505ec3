package org.eservices.app.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules every model in {@code bpmn/} follows, so that a Modeler habit never reaches
 * production: no {@code camunda:class}, no default Modeler ids, a history time to live.
 */
class BpmnModelRulesTest {

	static final Path BPMN = Path.of("../bpmn");

	static final Pattern MODELER_DEFAULT_ID = Pattern
		.compile("(Activity|Task|UserTask|ServiceTask|Gateway|Event|StartEvent|EndEvent|Flow|SequenceFlow)_\\w+");

	@TestFactory
	Stream<DynamicTest> everyModelFollowsTheRules() throws IOException {
		List<Path> models;
		try (Stream<Path> files = Files.list(BPMN)) {
			models = files.filter((file) -> file.toString().endsWith(".bpmn")).sorted().toList();
		}
		assertThat(models).isNotEmpty();
		return models.stream().map((file) -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
			BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
			Bpmn.validateModel(model);
			for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
				assertThat(task.getCamundaClass())
					.as("%s uses camunda:class; bind a bean with delegateExpression", task.getId())
					.isNull();
			}
			for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
				if (element.getId() != null && !element.getId().endsWith("_di")) {
					assertThat(MODELER_DEFAULT_ID.matcher(element.getId()).matches())
						.as("%s keeps a default Modeler id; give it a meaningful one", element.getId())
						.isFalse();
				}
			}
			for (Process process : model.getModelElementsByType(Process.class)) {
				assertThat(process.getCamundaHistoryTimeToLiveString()).as("%s history time to live", process.getId())
					.isNotBlank();
			}
		}));
	}

}
