-- Bringing old sites onto the platform (issue 21): a migration crawls an old site into pages, whose
-- frontier and readings are kept here so that a crawl stopped anywhere resumes where it was; the
-- old site's sections are mapped to channels, and every imported page's old address redirects to
-- its new page.
create table migration_run
(
    id               bigint generated always as identity primary key,
    site_id          bigint      not null,
    old_site_id      bigint,
    name             text        not null,
    start_url        text        not null,
    host             text        not null,
    detail_pattern   text        not null,
    list_pattern     text        not null,
    exclude_pattern  text        not null,
    title_selector   text        not null,
    date_selector    text        not null,
    source_selector  text        not null,
    body_selector    text        not null,
    concurrency      int         not null,
    delay_millis     int         not null,
    max_pages        int         not null,
    publish          boolean     not null,
    approved_by      text,
    state            text        not null,
    error            text,
    created_by       text        not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null
);

create table migration_page
(
    id           bigint generated always as identity primary key,
    migration_id bigint      not null references migration_run (id) on delete cascade,
    url          text        not null,
    depth        int         not null,
    state        text        not null,
    kind         text,
    section      text,
    http_status  int,
    charset      text,
    error        text,
    title        text,
    original_date date,
    source       text,
    body         text,
    attachments  text[]      not null default '{}',
    document_id  bigint,
    new_url      text,
    fetched_at   timestamptz,
    unique (migration_id, url)
);

create index migration_page_queued on migration_page (migration_id, id) where state = 'QUEUED';

create table migration_section
(
    migration_id        bigint  not null references migration_run (id) on delete cascade,
    section             text    not null,
    label               text,
    suggested_channel_id bigint,
    channel_id          bigint,
    primary key (migration_id, section)
);

-- every old address that now has a new page, for the nginx map and the served fallback
create table migration_redirect
(
    old_host     text   not null,
    old_path     text   not null,
    new_url      text   not null,
    migration_id bigint not null references migration_run (id) on delete cascade,
    primary key (old_host, old_path)
);
