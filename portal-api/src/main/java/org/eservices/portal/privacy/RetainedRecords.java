package org.eservices.portal.privacy;

import java.time.Clock;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an erasure must leave, because the law makes the body keep it (payments for its
 * accounts, licences it issued): only the fields named, with the reason, for the period
 * {@code eservices.privacy.keep-after-erasure}; the retention run removes it after that.
 */
@Service
public class RetainedRecords {

	private final RetainedRecordRepository records;

	private final ObjectMapper mapper;

	private final Period keepFor;

	private final Clock clock;

	RetainedRecords(RetainedRecordRepository records, ObjectMapper mapper,
			@Value("${eservices.privacy.keep-after-erasure:P10Y}") Period keepFor, Clock clock) {
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
		try {
			this.records.save(new RetainedRecord(reference, kind, this.mapper.writeValueAsString(fields), reason,
					this.clock.instant().atOffset(ZoneOffset.UTC).plus(this.keepFor).toInstant()));
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
