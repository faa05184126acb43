-- Annual disclosure reports (SPEC.md §6, 2021 format): what staff entered, and once published the
-- figures as published, so that next year's 上年结转 is this year's 结转下年度 whatever happens later.
create table disclosure_report
(
    site_id      bigint      not null references site (id),
    year         int         not null,
    entered      jsonb       not null,
    published    jsonb,
    published_at timestamptz,
    published_by text,
    primary key (site_id, year)
);
