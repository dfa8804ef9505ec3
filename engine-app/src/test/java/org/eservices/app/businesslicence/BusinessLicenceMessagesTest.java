package org.eservices.app.businesslicence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.eservices.connectors.notification.Channel;
import org.eservices.connectors.notification.MessageTemplates;
import org.eservices.connectors.notification.NotificationDelegateSupport;
import org.eservices.connectors.payment.CreatePaymentDelegate;
import org.eservices.connectors.payment.CancelPaymentDelegate;
import org.eservices.connectors.payment.RefundPaymentDelegate;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every business licence message names only data the process has (start-form fields and
 * the variables its tasks set), and renders with a subject (email) or within two SMS
 * parts.
 */
class BusinessLicenceMessagesTest {

	static final Path MESSAGES = Path.of("../notifications", BusinessLicenceProcess.KEY);

	static final Set<String> PROCESS_VARIABLES = Set.of("reference", "fee", CreatePaymentDelegate.CHECKOUT_URL,
			CreatePaymentDelegate.PAYMENT_STATUS, CreatePaymentDelegate.PAYMENT_AMOUNT,
			CreatePaymentDelegate.PAYMENT_DEADLINE, RefundPaymentDelegate.REFUND_ID,
			CancelPaymentDelegate.PAYMENT_ON_ITS_WAY, BusinessLicenceProcess.LICENCE_NUMBER, "licenceDocumentId",
			"portalUrl", BusinessLicenceProcess.REJECTION_REASON, BusinessLicenceProcess.INFORMATION_REQUEST);

	static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*[#^/]?(\\w+)\\s*}}");

	@Test
	void everyMessageTheProcessSendsExistsOnBothChannels() {
		BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("../bpmn/business-licence.bpmn").toFile());
		Set<String> sent = new HashSet<>();
		for (CamundaInputParameter input : model.getModelElementsByType(CamundaInputParameter.class)) {
			ServiceTask step = (ServiceTask) input.getParentElement().getParentElement().getParentElement();
			// the licence's document step names a template too, of a document
			if (NotificationDelegateSupport.INPUT_TEMPLATE.equals(input.getCamundaName())
					&& step.getCamundaDelegateExpression().startsWith("${send")) {
				sent.add(input.getTextContent());
			}
		}
		assertThat(sent).contains("submitted", "payment-received", "payment-failed", "information-requested",
				"approved", "rejected", "cancelled");
		for (String template : sent) {
			for (String channel : List.of("email", "sms")) {
				assertThat(MESSAGES.resolve(template + "." + channel + ".mustache")).exists();
			}
		}
	}

	@TestFactory
	Stream<DynamicTest> messagesUseKnownDataAndRender() throws IOException {
		Set<String> known = new HashSet<>(PROCESS_VARIABLES);
		JsonNode form = new ObjectMapper().readTree(Path.of("../forms/business-licence-application.form").toFile());
		known.addAll(form.findValuesAsText("key"));
		Map<String, Object> sample = new HashMap<>();
		known.forEach((name) -> sample.put(name, "<" + name + ">"));
		MessageTemplates templates = new MessageTemplates(new DefaultResourceLoader());
		List<Path> files;
		try (Stream<Path> list = Files.list(MESSAGES)) {
			files = list.filter((file) -> file.toString().endsWith(".mustache")).sorted().toList();
		}
		assertThat(files).isNotEmpty();
		return files.stream().map((file) -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
			Matcher placeholders = PLACEHOLDER.matcher(Files.readString(file));
			while (placeholders.find()) {
				assertThat(known).as("data named in %s", file.getFileName()).contains(placeholders.group(1));
			}
			String[] parts = file.getFileName().toString().split("\\.");
			Channel channel = Channel.valueOf(parts[1].toUpperCase());
			MessageTemplates.Rendered rendered = templates.render(BusinessLicenceProcess.KEY, parts[0], channel,
					sample);
			assertThat(rendered.body()).isNotBlank();
			if (channel == Channel.EMAIL) {
				assertThat(rendered.subject()).isNotBlank();
			}
			else {
				assertThat(rendered.body().length()).as("SMS length with placeholders").isLessThanOrEqualTo(306);
			}
		}));
	}

	/**
	 * E-mails are plain text: what the applicant typed reaches them as typed, with no
	 * markup that would make a link or an image of it.
	 */
	@Test
	void whatTheApplicantTypedIsLiteralTextInTheirMessages() {
		MessageTemplates templates = new MessageTemplates(new DefaultResourceLoader());
		String name = "\"><img src=x onerror=alert(1)> [Verify documents here](https://evil.example)";
		Map<String, Object> variables = new HashMap<>(Map.of("reference", "BL-2026-000001", "applicantName", name,
				"businessName", name, BusinessLicenceProcess.LICENCE_NUMBER, "LIC-BL-2026-000001"));
		MessageTemplates.Rendered rendered = templates.render(BusinessLicenceProcess.KEY, "approved", Channel.EMAIL,
				variables);
		assertThat(rendered.body()).contains(name).doesNotContain("&lt;", "&quot;", "<a ");
	}

}
