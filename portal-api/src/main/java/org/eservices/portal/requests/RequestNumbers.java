package org.eservices.portal.requests;

import org.eservices.portal.jdbc.DatabaseProduct;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Numbers for new requests from a database sequence: unique across a cluster, no row
 * locks, known before the row is written (the reference number is part of the row and the
 * process). Each node takes a block of {@value #BLOCK} per sequence call (the sequence
 * steps by as much), so numbers are unique but not gapless, and not strictly in
 * submission order across nodes.
 */
@Component
class RequestNumbers {

	/** Must equal the sequence's INCREMENT BY. */
	static final int BLOCK = 50;

	private final JdbcTemplate jdbc;

	private final String nextValue;

	private long next;

	private long end;

	RequestNumbers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.nextValue = DatabaseProduct.isPostgres(jdbc) ? "select nextval('service_request_seq')"
				: "select next value for service_request_seq";
	}

	synchronized long next() {
		if (this.next >= this.end) {
			this.next = this.jdbc.queryForObject(this.nextValue, Long.class);
			this.end = this.next + BLOCK;
		}
		return this.next++;
	}

}
