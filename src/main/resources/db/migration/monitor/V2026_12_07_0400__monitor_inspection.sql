-- Daily inspection (monitor): rectification tasks, availability probes, and the letters reported
-- overdue or unanswered for three months by interaction, until they are answered.

-- 整改任务: one per site, kind and subject while open; a subject found again after closing opens a new one.
create table monitor_task (
    id                 bigserial primary key,
    site_id            bigint not null,
    kind               text not null,
    subject            text not null,
    channel_id         bigint,
    detail             text not null,
    evidence           text not null,
    owner              text,
    check_name         text not null,
    found_at           timestamptz not null,
    last_seen_at       timestamptz not null,
    due_on             date not null,
    state              text not null check (state in ('open', 'awaiting-recheck', 'closed')),
    fixed_at           timestamptz,
    fixed_by           text,
    closed_at          timestamptz,
    recheck_failed_at  timestamptz,
    reminded_on        date
);
create unique index monitor_task_open_subject on monitor_task (site_id, kind, subject) where state <> 'closed';
create index monitor_task_owner on monitor_task (owner) where state <> 'closed';
create index monitor_task_site on monitor_task (site_id, found_at);

-- One request to a site's home page: whether it opened within the timeout, and why not.
create table monitor_probe (
    id           bigserial primary key,
    site_id      bigint not null,
    address      text not null,
    probed_at    timestamptz not null,
    ok           boolean not null,
    status       integer,
    millis       integer not null,
    cause        text
);
create index monitor_probe_site_time on monitor_probe (site_id, probed_at);

-- Letters interaction reported (LetterOverdue, LetterUnansweredThreeMonths), until LetterReplied.
create table monitor_letter (
    letter_id      bigint not null,
    kind           text not null check (kind in ('letter-overdue', 'letter-unanswered-three-months')),
    site_id        bigint not null,
    mailbox_id     bigint not null,
    day            date not null,
    primary key (letter_id, kind)
);
