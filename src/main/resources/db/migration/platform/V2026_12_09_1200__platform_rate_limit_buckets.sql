-- The token buckets of the per-address rate limits when several public nodes share them
-- (govsite.cluster.enabled; Bucket4j's PostgreSQL backend, select-for-update). Key: the limit's
-- name and the client address; state: Bucket4j's serialized bucket; expires_at: epoch millis after
-- which the bucket is full again and may be deleted.
create table rate_limit_bucket (
    id         varchar(300) primary key,
    state      bytea,
    expires_at bigint
);

create index rate_limit_bucket_expires on rate_limit_bucket (expires_at);
