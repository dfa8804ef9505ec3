package org.eservices.portal.drafts;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eservices.portal.drafts.Drafts.Draft;
import org.eservices.portal.problems.NotFoundException;
import org.eservices.portal.security.PortalUser;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A citizen's drafts: saved as they fill a start form, resumed from "My requests".
 */
@RestController
class DraftController {

	private final Drafts drafts;

	DraftController(Drafts drafts) {
		this.drafts = drafts;
	}

	@GetMapping("/api/drafts")
	List<Draft> mine(PortalUser citizen) {
		return this.drafts.mine(citizen.id());
	}

	@GetMapping("/api/services/{key}/draft")
	Draft get(PortalUser citizen, @PathVariable String key, Locale locale) {
		return this.drafts.find(citizen.id(), key, locale).orElseThrow(() -> new NotFoundException("draft", key));
	}

	@PutMapping("/api/services/{key}/draft")
	Draft save(PortalUser citizen, @PathVariable String key, @RequestBody ObjectNode data) {
		return this.drafts.save(citizen.id(), key, data);
	}

	@DeleteMapping("/api/services/{key}/draft")
	ResponseEntity<Void> discard(PortalUser citizen, @PathVariable String key) {
		this.drafts.discard(citizen.id(), key);
		return ResponseEntity.noContent().build();
	}

}
