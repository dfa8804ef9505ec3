package org.eservices.connectors.payment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PaymentRepository extends JpaRepository<Payment, Long> {

	Optional<Payment> findByIdempotencyKey(String idempotencyKey);

	Optional<Payment> findByProviderPaymentId(String providerPaymentId);

	Optional<Payment> findFirstByProcessInstanceIdOrderByIdDesc(String processInstanceId);

	List<Payment> findByBusinessKeyInOrderByCreatedAtAscIdAsc(Collection<String> references);

	List<Payment> findByProcessInstanceIdOrderByIdAsc(String processInstanceId);

	List<Payment> findTop100ByProviderAndStatusAndProviderPaymentIdNotNullAndCreatedAtBeforeOrderByCreatedAtAsc(
			String provider, PaymentStatus status, java.time.Instant createdBefore);

}
