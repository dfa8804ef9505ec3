package org.eservices.app.privacy;

import java.time.Instant;

import org.eservices.connectors.notification.NotificationRepository;
import org.eservices.portal.privacy.MessageBodies;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The texts of the messages in the connectors' log, for their retention. */
@Component
class MessageLogBodies implements MessageBodies {

	private final NotificationRepository log;

	MessageLogBodies(NotificationRepository log) {
		this.log = log;
	}

	@Override
	@Transactional(readOnly = true)
	public long countSentBefore(Instant before) {
		return this.log.countWithTextBefore(before);
	}

	@Override
	@Transactional
	public int eraseSentBefore(Instant before) {
		return this.log.eraseTextBefore(before);
	}

}
