package org.eservices.app;

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

import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For an e-service's messages tests: each message its model sends exists for the channel
 * it is sent on, names only data the process has (its forms' fields, the payment
 * connector's outputs, the portal's address and what its steps set), and renders with a
 * subject (e-mail) or within two SMS parts.
 */
public final class SentMessages {

	static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*[#^/]?(\\w+)\\s*}}");

	private SentMessages() {
	}

	/**
	 * @param setBySteps the variables the process's own steps set, besides the reference
	 * and the payment's
	 */
	public static Stream<DynamicTest> check(String processKey, Set<String> setBySteps) throws IOException {
		BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("../bpmn/" + processKey + ".bpmn").toFile());
		Set<String> known = new HashSet<>(setBySteps);
		known.addAll(Set.of("reference", "portalUrl", CreatePaymentDelegate.CHECKOUT_URL,
				CreatePaymentDelegate.PAYMENT_AMOUNT, CreatePaymentDelegate.PAYMENT_DEADLINE));
		try (Stream<Path> forms = Files.list(Path.of("../forms"))) {
			for (Path form : forms
				.filter((path) -> path.getFileName().toString().startsWith(processKey + "-")
						&& path.toString().endsWith(".form"))
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
			.filter((input) -> sends(task(input)))
			.map((input) -> {
				ServiceTask task = task(input);
				Channel channel = task.getCamundaDelegateExpression().contains("Sms") ? Channel.SMS : Channel.EMAIL;
				String template = input.getTextContent();
				return DynamicTest.dynamicTest(task.getId() + ": " + template, () -> {
					Path file = Path.of("../notifications", processKey,
							template + "." + channel.name().toLowerCase() + ".mustache");
					assertThat(file).exists();
					Matcher placeholders = PLACEHOLDER.matcher(Files.readString(file));
					while (placeholders.find()) {
						assertThat(known).as("data named in %s", file.getFileName()).contains(placeholders.group(1));
					}
					MessageTemplates.Rendered rendered = templates.render(processKey, template, channel, sample);
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

	private static ServiceTask task(CamundaInputParameter input) {
		return (ServiceTask) input.getParentElement().getParentElement().getParentElement();
	}

	/** A message step, not another connector with a template (such as a document's). */
	private static boolean sends(ServiceTask task) {
		return Set.of("${sendEmailDelegate}", "${sendSmsDelegate}").contains(task.getCamundaDelegateExpression());
	}

}
