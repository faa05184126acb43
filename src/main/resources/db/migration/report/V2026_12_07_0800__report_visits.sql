-- First-party visit statistics (issue 19): counted from a cookie-free beacon, kept per day. No IP
-- address is stored: a visitor is a salted hash whose salt is drawn each day and deleted after it,
-- so that yesterday's hashes can no longer be linked to anyone.
create table report_salt
(
    day  date  primary key,
    salt bytea not null
);

-- the visitors seen today (and yesterday, until pruned), to count each once a day
create table report_visitor
(
    day     date   not null,
    site_id bigint not null,
    visitor bytea  not null,
    primary key (day, site_id, visitor)
);

create table report_site_day
(
    day      date   not null,
    site_id  bigint not null,
    views    bigint not null default 0,
    visitors bigint not null default 0,
    primary key (site_id, day)
);

create table report_page_day
(
    day     date   not null,
    site_id bigint not null,
    channel text   not null default '',
    path    text   not null,
    views   bigint not null,
    primary key (site_id, day, path, channel)
);

create table report_referrer_day
(
    day     date   not null,
    site_id bigint not null,
    host    text   not null,
    views   bigint not null,
    primary key (site_id, day, host)
);

create table report_search_day
(
    day     date   not null,
    site_id bigint not null,
    term    text   not null,
    count   bigint not null,
    primary key (site_id, day, term)
);

-- nginx access logs already imported, known by their SHA-256 whatever they are called after rotation
create table report_log_file
(
    digest      text        primary key,
    path        text        not null,
    imported_at timestamptz not null
);
