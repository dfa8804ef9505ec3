package org.eservices.portal.catalog;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.eservices.portal.problems.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public catalog of e-services: anyone may browse it, signed in or not.
 */
@RestController
@RequestMapping("/api/services")
class CatalogController {

	private final ServiceCatalog catalog;

	CatalogController(ServiceCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	List<ServiceSummary> list() {
		return this.catalog.all().stream().map(ServiceSummary::of).toList();
	}

	@GetMapping("/{key}")
	ServiceDetail get(@PathVariable String key) {
		EService service = this.catalog.find(key).orElseThrow(() -> new NotFoundException("e-service", key));
		return new ServiceDetail(service.key(), service.name(), service.description(), service.category(),
				service.processingDays(), service.version(), service.milestones(),
				this.catalog.startForm(service).schema());
	}

	record ServiceSummary(String key, String name, String description, String category, Integer processingDays) {

		static ServiceSummary of(EService service) {
			return new ServiceSummary(service.key(), service.name(), service.description(), service.category(),
					service.processingDays());
		}

	}

	record ServiceDetail(String key, String name, String description, String category, Integer processingDays,
			int version, List<Milestone> milestones, JsonNode startForm) {

	}

}
