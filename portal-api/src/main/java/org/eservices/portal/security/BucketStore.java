package org.eservices.portal.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;

/**
 * Where the rate limits' token buckets live: in this node's memory (one node, the
 * zero-set-up default on H2), or in PostgreSQL, shared by every node of a cluster so that
 * a client cannot multiply its allowance by the number of nodes.
 */
interface BucketStore {

	/**
	 * @param key the limit's name and the client's key, unique across limits
	 * @param configuration the bucket's limit, used when the bucket is first made
	 */
	Bucket bucket(String key, BucketConfiguration configuration);

	/**
	 * Whether the key has a bucket that is not full: a plain read, without making one or
	 * locking it. A full bucket may or may not be there.
	 */
	boolean inUse(String key);

}
