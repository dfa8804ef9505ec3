package org.eservices.connectors;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.data.repository.CrudRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A transaction of its own, committed whatever becomes of the job's transaction around
 * it: for what must survive a rollback, such as "the provider accepted this".
 */
@Component
public class OwnTransaction {

	private final TransactionTemplate template;

	public OwnTransaction(PlatformTransactionManager transactionManager) {
		this.template = new TransactionTemplate(transactionManager);
		this.template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	public <T> T execute(Supplier<T> work) {
		return this.template.execute((status) -> work.get());
	}

	/** Loads the row afresh, changes it and commits. */
	public <T, I> T update(CrudRepository<T, I> repository, I id, Consumer<T> change) {
		return execute(() -> {
			T row = repository.findById(id).orElseThrow();
			change.accept(row);
			return row;
		});
	}

}
