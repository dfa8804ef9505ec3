package org.eservices.app.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.oauth2.client.oidc.authentication.logout.LogoutTokenClaimNames;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionInformation;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionRegistry;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which Keycloak session each browser session was signed in under, in the database (table
 * {@code oidc_session}) for every node: Keycloak's back-channel logout reaches one node,
 * which then ends the browser sessions it names wherever they began (the sessions
 * themselves are Spring Session's, in the same database). Matches as Spring Security's
 * in-memory registry does: same issuer, a shared audience, and the Keycloak session's id
 * ({@code sid}), or the user ({@code sub}) when the logout names no session.
 *
 * <p>
 * A row holds only what the match and the logout call need: no name or e-mail address, so
 * the user is stored as Keycloak's id and given back as an ID token of just those claims.
 * Rows of sessions that ended otherwise (expired, erased) are deleted now and then, by
 * whichever node signs someone in.
 */
final class DatabaseOidcSessionRegistry implements OidcSessionRegistry {

	private static final Logger log = LoggerFactory.getLogger(DatabaseOidcSessionRegistry.class);

	private static final Duration CLEAN_UP_EVERY = Duration.ofMinutes(5);

	/** A row is saved before its new session is; younger ones are not orphans yet. */
	private static final Duration ORPHAN_AFTER = Duration.ofMinutes(5);

	private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
	};

	private static final TypeReference<List<String>> AUDIENCE = new TypeReference<>() {
	};

	private static final String SELECT = "select client_session_id, issuer, subject, provider_session_id, audience,"
			+ " authorities, created_at from oidc_session where ";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final ObjectMapper json;

	private final Clock clock;

	private final AtomicReference<Instant> nextCleanUp;

	private final RowMapper<OidcSessionInformation> rows = (row, number) -> {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put(IdTokenClaimNames.ISS, row.getString("issuer"));
		claims.put(IdTokenClaimNames.SUB, row.getString("subject"));
		claims.put(IdTokenClaimNames.AUD, read(row.getString("audience"), AUDIENCE));
		if (row.getString("provider_session_id") != null) {
			claims.put(LogoutTokenClaimNames.SID, row.getString("provider_session_id"));
		}
		Instant savedAt = Instant.ofEpochMilli(row.getLong("created_at"));
		// what the match needs of the ID token, not the token: it stays in the session
		OidcIdToken idToken = new OidcIdToken("registered", savedAt, null, claims);
		return new OidcSessionInformation(row.getString("client_session_id"),
				read(row.getString("authorities"), HEADERS), new DefaultOidcUser(Set.of(), idToken));
	};

	DatabaseOidcSessionRegistry(JdbcTemplate jdbc, TransactionTemplate transactions, ObjectMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.json = json;
		this.clock = clock;
		this.nextCleanUp = new AtomicReference<>(clock.instant());
	}

	@Override
	public void saveSessionInformation(OidcSessionInformation info) {
		OidcUser user = info.getPrincipal();
		String audience = write(user.getAudience());
		String authorities = write(info.getAuthorities());
		long now = this.clock.millis();
		try {
			this.transactions.executeWithoutResult((status) -> {
				delete(info.getSessionId());
				this.jdbc.update(
						"insert into oidc_session (client_session_id, issuer, subject, provider_session_id,"
								+ " audience, authorities, created_at) values (?, ?, ?, ?, ?, ?, ?)",
						info.getSessionId(), user.getIssuer().toString(), user.getSubject(),
						user.getClaimAsString(LogoutTokenClaimNames.SID), audience, authorities, now);
			});
		}
		catch (DuplicateKeyException ex) {
			// the same link, saved at that moment by another call for this session
		}
		cleanUpIfDue();
	}

	@Override
	public OidcSessionInformation removeSessionInformation(String clientSessionId) {
		List<OidcSessionInformation> found = this.jdbc.query(SELECT + "client_session_id = ?", this.rows,
				clientSessionId);
		return found.stream().filter((info) -> delete(info.getSessionId())).findFirst().orElse(null);
	}

	@Override
	public Iterable<OidcSessionInformation> removeSessionInformation(OidcLogoutToken token) {
		String issuer = token.getIssuer().toString();
		String providerSession = token.getSessionId();
		List<OidcSessionInformation> candidates = (providerSession != null)
				? this.jdbc.query(SELECT + "issuer = ? and provider_session_id = ?", this.rows, issuer, providerSession)
				: this.jdbc.query(SELECT + "issuer = ? and subject = ?", this.rows, issuer, token.getSubject());
		List<OidcSessionInformation> removed = new ArrayList<>();
		for (OidcSessionInformation candidate : candidates) {
			// only the node whose delete took the row ends its session
			if (!Collections.disjoint(candidate.getPrincipal().getAudience(), token.getAudience())
					&& delete(candidate.getSessionId())) {
				removed.add(candidate);
			}
		}
		return removed;
	}

	/** Whether this call took the row: another node's delete may have been first. */
	private boolean delete(String clientSessionId) {
		return this.jdbc.update("delete from oidc_session where client_session_id = ?", clientSessionId) == 1;
	}

	/** Never fails a sign-in: what it misses, the next one deletes. */
	private void cleanUpIfDue() {
		Instant now = this.clock.instant();
		Instant due = this.nextCleanUp.get();
		if (now.isBefore(due) || !this.nextCleanUp.compareAndSet(due, now.plus(CLEAN_UP_EVERY))) {
			return;
		}
		try {
			this.jdbc.update(
					"delete from oidc_session where created_at < ? and not exists"
							+ " (select 1 from spring_session where session_id = oidc_session.client_session_id)",
					now.minus(ORPHAN_AFTER).toEpochMilli());
		}
		catch (DataAccessException ex) {
			log.warn("Could not delete the Keycloak session links of ended sessions: {}", ex.getMessage());
		}
	}

	private String write(Object strings) {
		try {
			return this.json.writeValueAsString(strings);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Strings are always JSON", ex);
		}
	}

	private <T> T read(String stored, TypeReference<T> type) {
		try {
			return this.json.readValue(stored, type);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("The registry writes its own JSON", ex);
		}
	}

}
