package org.eservices.portal.catalog;

import java.util.List;
import java.util.Locale;

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

	private final Translations translations;

	CatalogController(ServiceCatalog catalog, Translations translations) {
		this.catalog = catalog;
		this.translations = translations;
	}

	/** In the language of {@code Accept-Language}, where the analyst translated it. */
	@GetMapping
	List<ServiceSummary> list(Locale locale) {
		return this.catalog.all()
			.stream()
			.map((service) -> ServiceSummary.of(this.translations.translate(service, locale)))
			.toList();
	}

	@GetMapping("/{key}")
	ServiceDetail get(@PathVariable String key, Locale locale) {
		EService found = this.catalog.find(key).orElseThrow(() -> new NotFoundException("e-service", key));
		EService service = this.translations.translate(found, locale);
		return new ServiceDetail(service.key(), service.name(), service.description(), service.category(),
				service.processingDays(), service.fee(), service.requirements(), service.version(),
				service.milestones(),
				this.translations.translateForm(this.catalog.startForm(found).schema(), found.definitionId(), locale));
	}

	record ServiceSummary(String key, String name, String description, String category, Integer processingDays) {

		static ServiceSummary of(EService service) {
			return new ServiceSummary(service.key(), service.name(), service.description(), service.category(),
					service.processingDays());
		}

	}

	record ServiceDetail(String key, String name, String description, String category, Integer processingDays,
			String fee, List<String> requirements, int version, List<Milestone> milestones, JsonNode startForm) {

	}

}
