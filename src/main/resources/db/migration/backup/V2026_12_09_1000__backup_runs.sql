-- One row per backup set taken (or attempted) and its latest verification, for the console and
-- the too-old alert. The sets themselves are folders under govsite.backup.dir.
create table backup_run
(
    id              bigint generated always as identity primary key,
    name            text        not null unique,
    started_at      timestamptz not null,
    finished_at     timestamptz,
    ok              boolean     not null default false,
    size_bytes      bigint      not null default 0,
    file_count      integer     not null default 0,
    manifest_sha256 text,
    method          text,
    error           text,
    verified_at     timestamptz,
    verified_ok     boolean,
    verify_problem  text,
    deleted_at      timestamptz
);
create index backup_run_started_idx on backup_run (started_at desc);
