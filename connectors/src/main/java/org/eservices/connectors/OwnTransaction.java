package org.eservices.connectors;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A transaction of its own, committed whatever becomes of the job's transaction around
 * it: for what must survive a rollback, such as "the provider accepted this".
 */
public final class OwnTransaction {

	private OwnTransaction() {
	}

	public static TransactionTemplate template(PlatformTransactionManager transactionManager) {
		TransactionTemplate template = new TransactionTemplate(transactionManager);
		template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return template;
	}

}
