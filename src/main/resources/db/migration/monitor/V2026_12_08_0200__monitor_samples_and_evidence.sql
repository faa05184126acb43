-- Probes of a sample of published pages besides the home page (page: the site-relative path; null
-- for the home page, whose probes alone make the week's veto figure), and the answer of a failed
-- probe kept as evidence: headers and the first bytes.
alter table monitor_probe add column page text;
alter table monitor_probe add column headers text;
alter table monitor_probe add column body_head bytea;
create index monitor_probe_site_page on monitor_probe (site_id, page, probed_at) where page is not null;

-- The answer that shows a task's problem (a page that did not open), shown with the task.
create table monitor_task_response (
    task_id      bigint primary key references monitor_task (id) on delete cascade,
    address      text not null,
    captured_at  timestamptz not null,
    status       integer,
    headers      text not null,
    body_head    bytea not null
);

-- An outbound link's validators from its last full answer, sent back as If-None-Match and
-- If-Modified-Since so that an unchanged page answers 304.
create table monitor_link_validator (
    address        text primary key,
    etag           text,
    last_modified  text,
    kept_at        timestamptz not null
);
