package org.eservices.app.residencecertificate;

import java.io.IOException;
import java.util.Set;
import java.util.stream.Stream;

import org.eservices.app.SentMessages;
import org.eservices.connectors.payment.CancelPaymentDelegate;
import org.eservices.connectors.payment.RefundPaymentDelegate;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each message the residence certificate sends exists for the channel it is sent on,
 * names only data the process has and renders (see {@link SentMessages}).
 */
class ResidenceCertificateMessagesTest {

	@TestFactory
	Stream<DynamicTest> everyMessageSentExistsUsesKnownDataAndRenders() throws IOException {
		return SentMessages.check("residence-certificate", Set.of("fee", "certificateNumber", "certificateDocumentId",
				RefundPaymentDelegate.REFUND_ID, CancelPaymentDelegate.PAYMENT_ON_ITS_WAY));
	}

}
