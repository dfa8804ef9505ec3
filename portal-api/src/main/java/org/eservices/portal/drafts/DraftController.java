package org.eservices.portal.drafts;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eservices.portal.drafts.Drafts.Draft;
import org.eservices.portal.problems.BadRequestException;
import org.eservices.portal.problems.NotFoundException;
import org.eservices.portal.security.PortalUser;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * A citizen's drafts: saved as they fill a start form, resumed from "My requests".
 */
@RestController
class DraftController {

	/**
	 * The ETags this controller gives: the draft's version, quoted (weak ones accepted).
	 */
	private static final Pattern ENTITY_TAG = Pattern.compile("(?:W/)?\"(\\d{1,18})\"");

	private final Drafts drafts;

	DraftController(Drafts drafts) {
		this.drafts = drafts;
	}

	@GetMapping("/api/drafts")
	List<Draft> mine(PortalUser citizen) {
		return this.drafts.mine(citizen.id());
	}

	@GetMapping("/api/services/{key}/draft")
	ResponseEntity<Draft> get(PortalUser citizen, @PathVariable String key, Locale locale) {
		return tagged(
				this.drafts.find(citizen.id(), key, locale).orElseThrow(() -> new NotFoundException("draft", key)));
	}

	/**
	 * With {@code If-Match} (the ETag read), saved only over that version: a copy kept
	 * offline does not overwrite what another device saved since (412).
	 */
	@PutMapping("/api/services/{key}/draft")
	ResponseEntity<Draft> save(PortalUser citizen, @PathVariable String key, @RequestBody ObjectNode data,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return tagged(this.drafts.save(citizen.id(), key, data, version(ifMatch)));
	}

	private static ResponseEntity<Draft> tagged(Draft draft) {
		return ResponseEntity.ok().eTag(Long.toString(draft.version())).body(draft);
	}

	/** The version an {@code If-Match} names; none for none or {@code *}. */
	private static Long version(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank() || "*".equals(ifMatch.trim())) {
			return null;
		}
		Matcher tag = ENTITY_TAG.matcher(ifMatch.trim());
		if (!tag.matches()) {
			throw new BadRequestException("If-Match must be the draft's ETag, such as \"3\".");
		}
		return Long.valueOf(tag.group(1));
	}

	@DeleteMapping("/api/services/{key}/draft")
	ResponseEntity<Void> discard(PortalUser citizen, @PathVariable String key) {
		this.drafts.discard(citizen.id(), key);
		return ResponseEntity.noContent().build();
	}

}
