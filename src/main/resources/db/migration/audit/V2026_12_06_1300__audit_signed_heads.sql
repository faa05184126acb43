-- Signed chain heads: at intervals and on demand the platform signs the chain head (the newest
-- record's seq and hash) with the installation's SM2 key and hands it to the audit administrator,
-- who keeps it outside the server. A chain recomputed after a change, even with the chain key,
-- no longer matches a head signed before the change. Kept here for the console's list; what
-- counts is the administrator's copy.
create table audit_signed_head
(
    seq       bigint      not null,
    hash      text        not null,
    signed_at timestamptz not null,
    key_id    text        not null,
    signature text        not null,
    primary key (seq, signed_at)
);

-- Like the trail itself: never changed or deleted, whatever the application does.
create trigger audit_signed_head_append_only
    before update or delete on audit_signed_head
    for each row execute function audit_refuse_change();
create trigger audit_signed_head_no_truncate
    before truncate on audit_signed_head
    for each statement execute function audit_refuse_change();
