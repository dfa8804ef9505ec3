package org.eservices.portal.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.criteria.Predicate;
import jakarta.servlet.http.HttpServletRequest;
import org.eservices.portal.paging.PageResponse;
import org.eservices.portal.paging.PageResponse.PageRequest;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes and reads the audit log. An entry written during an engine command joins its
 * transaction: a task completion and its entry commit together or not at all.
 */
@Service
public class AuditLog {

	/** The actor of what no signed-in user did, such as deployments at boot. */
	public static final String SYSTEM = "system";

	static final List<AuditKind> SIGN_IN_KINDS = List.of(AuditKind.SIGN_UP, AuditKind.SIGN_IN, AuditKind.SIGN_IN_FAILED,
			AuditKind.SIGN_OUT);

	private final AuditEventRepository events;

	private final Clock clock;

	private final JdbcClient jdbc;

	AuditLog(AuditEventRepository events, Clock clock, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records a change made through the engine: by the user signed in to this request,
	 * else by the user the engine was told of, else by the platform.
	 */
	@Transactional
	public void recordEngineChange(AuditKind kind, String engineUserId, String subject, String detail) {
		String actor = signedInUser().orElse((engineUserId != null) ? engineUserId : SYSTEM);
		record(kind, actor, subject, detail, currentClientAddress());
	}

	/** Records what a known actor did in the current request. */
	@Transactional
	public void record(AuditKind kind, String actor, String subject, String detail) {
		record(kind, actor, subject, detail, currentClientAddress());
	}

	@Transactional
	public void record(AuditKind kind, String actor, String subject, String detail, String clientAddress) {
		this.events.save(new AuditEvent(this.clock.instant(), kind, actor, subject, detail, clientAddress));
	}

	/** Newest first, narrowed by whichever criteria are given. */
	@Transactional(readOnly = true)
	public PageResponse<AuditEntry> find(AuditKind kind, String actor, Instant from, Instant to, PageRequest page) {
		Specification<AuditEvent> matching = (root, query, builder) -> {
			List<Predicate> all = new ArrayList<>();
			if (kind != null) {
				all.add(builder.equal(root.get("kind"), kind));
			}
			if (actor != null && !actor.isBlank()) {
				all.add(builder.equal(root.get("actor"), actor.trim()));
			}
			if (from != null) {
				all.add(builder.greaterThanOrEqualTo(root.get("occurredAt"), from));
			}
			if (to != null) {
				all.add(builder.lessThan(root.get("occurredAt"), to));
			}
			return builder.and(all.toArray(Predicate[]::new));
		};
		Page<AuditEvent> found = this.events.findAll(matching, org.springframework.data.domain.PageRequest
			.of(page.page(), page.size(), Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"))));
		return PageResponse.of(found.getContent().stream().map(AuditEvent::entry).toList(), page,
				found.getTotalElements());
	}

	/**
	 * The entries stay, the person does not: their user id becomes the pseudonym wherever
	 * it stands, and the addresses they called from are dropped.
	 * @return how many entries named them
	 */
	@Transactional
	public int pseudonymise(String userId, String pseudonym) {
		return this.jdbc.sql("""
				update audit_event set actor = case when actor = :user then :pseudonym else actor end,
				  subject = case when subject = :user then :pseudonym else subject end,
				  client_address = case when actor = :user then null else client_address end,
				  detail = replace(detail, :user, :pseudonym)
				where actor = :user or subject = :user or detail like :mention""")
			.param("user", userId)
			.param("pseudonym", pseudonym)
			.param("mention", "%" + userId + "%")
			.update();
	}

	@Transactional(readOnly = true)
	public long countBefore(Instant before) {
		return this.jdbc.sql("select count(*) from audit_event where occurred_at < ?")
			.param(Timestamp.from(before))
			.query(Long.class)
			.single();
	}

	/**
	 * @return how many entries older than the time went
	 */
	@Transactional
	public int deleteBefore(Instant before) {
		return this.jdbc.sql("delete from audit_event where occurred_at < ?").param(Timestamp.from(before)).update();
	}

	/** A person's sign-ins, failed ones, sign-outs and sign-up, oldest first. */
	@Transactional(readOnly = true)
	public List<AuditEntry> signInsOf(String userId) {
		return this.events.findByActorAndKindInOrderByOccurredAtAscIdAsc(userId, SIGN_IN_KINDS)
			.stream()
			.map(AuditEvent::entry)
			.toList();
	}

	private static Optional<String> signedInUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		return Optional.ofNullable(authentication.getName());
	}

	private static String currentClientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
