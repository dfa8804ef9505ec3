package org.eservices.app.privacy;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eservices.portal.privacy.CitizenRecords;
import org.eservices.portal.privacy.PersonalDataPart;
import org.eservices.portal.privacy.RetainedRecords;

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

	SessionData(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
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
		theirs.forEach((session) -> this.sessions.deleteById(session.getId()));
		return theirs.size();
	}

	private List<? extends Session> of(CitizenRecords citizen) {
		return (citizen.citizenId() != null)
				? List.copyOf(this.sessions.findByPrincipalName(citizen.citizenId()).values()) : List.of();
	}

}
