-- Content security (内容安全): the dictionaries, the whitelist and the findings of the daily scan.
-- The shipped defaults (src/main/resources/guard/*.txt) are loaded once, on the first start after
-- this migration (guard_state 'defaults'), and edited in the console from then on.

create table guard_entry (
    id          bigserial primary key,
    category    text not null check (category in ('sensitive', 'serious-error', 'title', 'wrong-expression',
                                                  'confusion', 'protected-term')),
    level       text not null check (level in ('block', 'warn', 'note')),
    pattern     text not null,
    suggestion  text,
    updated_at  timestamptz not null default now(),
    updated_by  text,
    unique (category, pattern)
);

-- 白名单: known words that hold a pattern innocently.
create table guard_known_word (
    word        text primary key,
    updated_at  timestamptz not null default now(),
    updated_by  text
);

-- 'defaults': when the shipped lists were loaded; 'version': raised by every change, so that
-- every node rebuilds its scanner.
create table guard_state (
    name        text primary key,
    value       text not null
);
insert into guard_state (name, value) values ('version', '0');

-- 整改: what the daily scan found on a published page, until a later scan no longer finds it.
create table guard_finding (
    id          bigserial primary key,
    site_id     bigint not null,
    path        text not null,
    category    text not null,
    level       text not null,
    matched     text not null,
    excerpt     text not null,
    suggestion  text,
    owner       text,
    found_at    timestamptz not null,
    due_on      date not null,
    seen_at     timestamptz not null,
    closed_at   timestamptz,
    unique (site_id, path, category, matched)
);
create index guard_finding_open on guard_finding (site_id) where closed_at is null;
