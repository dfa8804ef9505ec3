package org.eservices.portal.paging;

import java.util.List;

import org.eservices.portal.problems.BadRequestException;

/**
 * One page of a list the API returns, with what a client needs to page on.
 */
public record PageResponse<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

	public static final int MAX_SIZE = 100;

	public static <T> PageResponse<T> of(List<T> content, PageRequest request, long total) {
		return new PageResponse<>(content, request.page(), request.size(), total,
				(int) ((total + request.size() - 1) / request.size()));
	}

	/** A page request with bounds applied: page from 0, size 1 to {@value #MAX_SIZE}. */
	public record PageRequest(int page, int size) {

		/**
		 * @throws BadRequestException for a page no list can reach (its first row past
		 * what a query can skip)
		 */
		public static PageRequest of(int page, int size) {
			PageRequest request = new PageRequest(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_SIZE));
			if ((long) request.page() * request.size() > Integer.MAX_VALUE) {
				throw new BadRequestException("page must be at most " + Integer.MAX_VALUE / request.size()
						+ " with size " + request.size() + ".");
			}
			return request;
		}

		public int offset() {
			return this.page * this.size;
		}

	}

}
