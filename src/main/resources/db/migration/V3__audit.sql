-- The audit trail: one row per change made through the console or the API (and per sign-in,
-- lockout, setup step), append-only. Each record carries the HMAC-SM3 of its fields and of the
-- record before it, so that altering or deleting any record breaks the chain at that record.

create table audit_record
(
    -- Gapless: the appender takes the head's seq + 1 under a lock, so a missing number means a
    -- deleted record.
    seq            bigint      not null primary key,
    occurred_at    timestamptz not null,
    actor          text        not null,
    action         text        not null,
    object_type    text,
    object_id      text,
    outcome        text        not null check (outcome in ('SUCCESS', 'FAILURE')),
    source_address text,
    detail         text,
    previous_hash  text        not null,
    hash           text        not null
);

-- The console's filters; every listing is newest first, i.e. by seq descending.
create index audit_record_occurred_at_idx on audit_record (occurred_at);
create index audit_record_actor_idx on audit_record (actor, seq);
create index audit_record_action_idx on audit_record (action, seq);
create index audit_record_object_idx on audit_record (object_type, object_id, seq);
create index audit_record_object_id_idx on audit_record (object_id, seq);
create index audit_record_failure_idx on audit_record (seq) where outcome = 'FAILURE';

-- The newest record's seq and hash, moved with every append in the same transaction: deleting
-- the newest records leaves the head pointing past the end of the table, which the
-- verification notices. key_check identifies the chain key (an HMAC of a constant), so that a
-- process started with another key is told so instead of reporting every record as altered.
create table audit_chain_head
(
    id        smallint not null primary key default 1 check (id = 1),
    seq       bigint   not null,
    hash      text     not null,
    key_check text
);
insert into audit_chain_head (id, seq, hash) values (1, 0, repeat('0', 64));

-- Append-only in the database itself, whatever the application does: records are never updated
-- or deleted, and the head only moves forward one record at a time.
create function audit_refuse_change() returns trigger
    language plpgsql as
$$
begin
    -- The default SQLSTATE (P0001): Spring then reports this message, not 'bad SQL grammar'.
    raise exception 'the audit trail is append-only: % on % refused', tg_op, tg_table_name;
end
$$;

create trigger audit_record_append_only
    before update or delete on audit_record
    for each row execute function audit_refuse_change();
create trigger audit_record_no_truncate
    before truncate on audit_record
    for each statement execute function audit_refuse_change();

create function audit_chain_head_advance() returns trigger
    language plpgsql as
$$
begin
    if new.seq <> old.seq + 1 or new.id <> old.id
        or (old.key_check is not null and new.key_check is distinct from old.key_check) then
        raise exception 'the audit chain head only moves forward by one record';
    end if;
    return new;
end
$$;

create trigger audit_chain_head_forward_only
    before update on audit_chain_head
    for each row execute function audit_chain_head_advance();
create trigger audit_chain_head_kept
    before delete on audit_chain_head
    for each row execute function audit_refuse_change();
create trigger audit_chain_head_no_truncate
    before truncate on audit_chain_head
    for each statement execute function audit_refuse_change();
