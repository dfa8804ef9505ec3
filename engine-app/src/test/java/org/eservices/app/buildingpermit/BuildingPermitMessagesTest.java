package org.eservices.app.buildingpermit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.eservices.connectors.notification.Channel;
import org.eservices.connectors.notification.MessageTemplates;
import org.eservices.connectors.notification.NotificationDelegateSupport;
import org.eservices.connectors.payment.CreatePaymentDelegate;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each message the building permit sends exists for the channel it is sent on, names only
 * data the process has (its forms' fields and what its steps set), and renders with a
 * subject (e-mail) or within two SMS parts; an optional note left empty shows nothing.
 */
class BuildingPermitMessagesTest {

	static final String KEY = "building-permit";

	static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*[#^/]?(\\w+)\\s*}}");

	@TestFactory
	Stream<DynamicTest> everyMessageSentExistsUsesKnownDataAndRenders() throws IOException {
		BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("../bpmn/" + KEY + ".bpmn").toFile());
		Set<String> known = new HashSet<>(
				Set.of("reference", "fee", "inspectionTime", "permitNumber", CreatePaymentDelegate.CHECKOUT_URL,
						CreatePaymentDelegate.PAYMENT_AMOUNT, CreatePaymentDelegate.PAYMENT_DEADLINE));
		try (Stream<Path> forms = Files.list(Path.of("../forms"))) {
			for (Path form : forms.filter(
					(path) -> path.getFileName().toString().startsWith(KEY + "-") && path.toString().endsWith(".form"))
				.toList()) {
				known.addAll(new ObjectMapper().readTree(form.toFile()).findValuesAsText("key"));
			}
		}
		Map<String, Object> sample = new HashMap<>();
		known.forEach((name) -> sample.put(name, "<" + name + ">"));
		MessageTemplates templates = new MessageTemplates(new DefaultResourceLoader());
		return model.getModelElementsByType(CamundaInputParameter.class)
			.stream()
			.filter((input) -> NotificationDelegateSupport.INPUT_TEMPLATE.equals(input.getCamundaName()))
			.map((input) -> {
				ServiceTask task = (ServiceTask) input.getParentElement().getParentElement().getParentElement();
				Channel channel = task.getCamundaDelegateExpression().contains("Sms") ? Channel.SMS : Channel.EMAIL;
				String template = input.getTextContent();
				return DynamicTest.dynamicTest(task.getId() + ": " + template, () -> {
					Path file = Path.of("../notifications", KEY,
							template + "." + channel.name().toLowerCase() + ".mustache");
					assertThat(file).exists();
					Matcher placeholders = PLACEHOLDER.matcher(Files.readString(file));
					while (placeholders.find()) {
						assertThat(known).as("data named in %s", file.getFileName()).contains(placeholders.group(1));
					}
					MessageTemplates.Rendered rendered = templates.render(KEY, template, channel, sample);
					assertThat(rendered.body()).isNotBlank();
					if (channel == Channel.EMAIL) {
						assertThat(rendered.subject()).isNotBlank();
					}
					else {
						assertThat(rendered.body().length()).isLessThanOrEqualTo(306);
					}
				});
			});
	}

	@Test
	void anInspectionNoteLeftEmptyAddsNoSection() {
		MessageTemplates templates = new MessageTemplates(new DefaultResourceLoader());
		Map<String, Object> data = new HashMap<>(Map.of("reference", "BP-2026-000001", "applicantName", "Anna",
				"inspectionTime", "15 January 2030, 09:30 UTC", "inspectionNotes", ""));

		String withoutNote = templates.render(KEY, "inspection-scheduled", Channel.EMAIL, data).body();
		data.put("inspectionNotes", "Have the plans at hand.");
		String withNote = templates.render(KEY, "inspection-scheduled", Channel.EMAIL, data).body();

		assertThat(withoutNote).contains("15 January 2030, 09:30 UTC").doesNotContain("Please note");
		assertThat(withNote).contains("Please note").contains("Have the plans at hand.");
	}

}
