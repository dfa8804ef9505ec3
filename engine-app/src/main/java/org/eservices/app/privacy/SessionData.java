package org.eservices.app.privacy;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eservices.portal.privacy.CitizenRecords;
import org.eservices.portal.privacy.PersonalDataPart;
import org.eservices.portal.privacy.RetainedRecords;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The citizen's browser sessions, kept in the database for every node (Spring Session):
 * when each began and was last used; erased with the account, on every device.
 */
@Component
class SessionData implements PersonalDataPart {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final JdbcTemplate jdbc;

	SessionData(FindByIndexNameSessionRepository<? extends Session> sessions, JdbcTemplate jdbc) {
		this.sessions = sessions;
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "sessions";
	}

	@Override
	public Object export(CitizenRecords citizen) {
		return of(citizen).stream()
			.sorted(Comparator.comparing(Session::getCreationTime))
			.map((session) -> Map.<String, Instant>of("startedAt", session.getCreationTime(), "lastUsedAt",
					session.getLastAccessedTime()))
			.toList();
	}

	@Override
	public int erase(CitizenRecords citizen, RetainedRecords retained) {
		List<? extends Session> theirs = of(citizen);
		theirs.forEach((session) -> {
			this.sessions.deleteById(session.getId());
			// its link to the Keycloak session (keycloak profile), which names the user
			this.jdbc.update("delete from oidc_session where client_session_id = ?", session.getId());
		});
		return theirs.size();
	}

	private List<? extends Session> of(CitizenRecords citizen) {
		return (citizen.citizenId() != null)
				? List.copyOf(this.sessions.findByPrincipalName(citizen.citizenId()).values()) : List.of();
	}

}
