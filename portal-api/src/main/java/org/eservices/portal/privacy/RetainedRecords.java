package org.eservices.portal.privacy;

import java.time.Clock;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eservices.portal.catalog.EService;
import org.eservices.portal.catalog.ServiceCatalog;
import org.eservices.portal.requests.Requests;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an erasure must leave, because the law makes the body keep it (payments for its
 * accounts, licences it issued): only the fields named, with the reason, for its
 * e-service's period ({@code eservice.keepRecordsYears}, else
 * {@code eservices.privacy.keep-after-erasure}); the retention run removes it after that.
 * Kept while the request is still in the index, which tells its e-service.
 */
@Service
public class RetainedRecords {

	private final RetainedRecordRepository records;

	private final ObjectMapper mapper;

	private final Period keepFor;

	private final Clock clock;

	private final Requests requests;

	private final ServiceCatalog catalog;

	RetainedRecords(RetainedRecordRepository records, ObjectMapper mapper,
			@Value("${eservices.privacy.keep-after-erasure:P10Y}") Period keepFor, Clock clock, Requests requests,
			ServiceCatalog catalog) {
		this.requests = requests;
		this.catalog = catalog;
		this.records = records;
		this.mapper = mapper;
		this.keepFor = keepFor;
		this.clock = clock;
	}

	/**
	 * @param fields no names, addresses or answers: what identifies the record itself
	 * (amounts, dates, numbers)
	 */
	@Transactional
	public void keep(String reference, String kind, Map<String, ?> fields, String reason) {
		Period period = this.requests.serviceKeyOf(reference)
			.flatMap(this.catalog::find)
			.map(EService::keepRecordsYears)
			.map(Period::ofYears)
			.orElse(this.keepFor);
		try {
			this.records.save(new RetainedRecord(reference, kind, this.mapper.writeValueAsString(fields), reason,
					this.clock.instant().atOffset(ZoneOffset.UTC).plus(period).toInstant()));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("Fields to keep must be plain values", ex);
		}
	}

	@Transactional(readOnly = true)
	public long countExpired() {
		return this.records.countByKeptUntilBefore(this.clock.instant());
	}

	/**
	 * @return how many records reached the end of their period and were removed
	 */
	@Transactional
	public int removeExpired() {
		return this.records.deleteExpired(this.clock.instant());
	}

}
