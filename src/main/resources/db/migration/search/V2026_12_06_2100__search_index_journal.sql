-- The index changes a back-office node made (from content's events), in order, so that each
-- role-public node, which keeps an index of its own and sees no events, applies the same changes
-- within seconds. Rows older than a week are pruned; a node further behind rebuilds from the database.

create table search_index_journal (
    id           bigserial primary key,
    operation    text not null check (operation in ('put', 'delete', 'delete_source')),
    target       text not null,      -- the entry's id (put, delete) or its source (delete_source)
    entry        jsonb,              -- the entry as indexed (put)
    recorded_at  timestamptz not null default now()
);

create index search_index_journal_recorded_at on search_index_journal (recorded_at);

-- Up to which change the journal was pruned: a node whose position is below it has missed changes.
create table search_index_journal_pruned (
    id  bigint primary key
);
