package org.eservices.connectors.email;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.eservices.connectors.notification.Channel;
import org.eservices.connectors.notification.NotificationDelegateSupport;

import org.springframework.stereotype.Component;

/**
 * "Send email": inputs {@code to} and {@code template}; see the element template. Bind it
 * with {@code camunda:asyncBefore="true"} so a provider failure is a retried job, then an
 * incident.
 */
@Component
public class SendEmailDelegate implements JavaDelegate {

	/** The inputs it reads; its element template must bind exactly these. */
	public static final List<String> INPUTS = List.of(NotificationDelegateSupport.INPUT_TO,
			NotificationDelegateSupport.INPUT_TEMPLATE);

	private final NotificationDelegateSupport support;

	public SendEmailDelegate(NotificationDelegateSupport support) {
		this.support = support;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.support.send(execution, Channel.EMAIL);
	}

}
