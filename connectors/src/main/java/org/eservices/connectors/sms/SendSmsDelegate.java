package org.eservices.connectors.sms;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.eservices.connectors.notification.Channel;
import org.eservices.connectors.notification.NotificationDelegateSupport;

import org.springframework.stereotype.Component;

/**
 * "Send SMS": inputs {@code to} (international format) and {@code template}; see the
 * element template. Bind it with {@code camunda:asyncBefore="true"}.
 */
@Component
public class SendSmsDelegate implements JavaDelegate {

	/** The inputs it reads; its element template must bind exactly these. */
	public static final List<String> INPUTS = List.of(NotificationDelegateSupport.INPUT_TO,
			NotificationDelegateSupport.INPUT_TEMPLATE);

	private final NotificationDelegateSupport support;

	public SendSmsDelegate(NotificationDelegateSupport support) {
		this.support = support;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.support.send(execution, Channel.SMS);
	}

}
