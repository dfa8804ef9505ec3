-- The rate limits' token buckets, shared by all nodes (Bucket4j's PostgreSQL store): a
-- client's allowance is the same whichever node it reaches. id: the SHA-256 of the limit and
-- the client's key (no address or user name is stored). expires_at: when the bucket
-- is full again (epoch milliseconds), after which the row may go. On the single-node H2
-- default the buckets stay in memory and the table is unused.
create table rate_limit_bucket (
    id char(64) primary key,
    state bytea,
    expires_at bigint
);

create index rate_limit_bucket_expires_at on rate_limit_bucket (expires_at);
