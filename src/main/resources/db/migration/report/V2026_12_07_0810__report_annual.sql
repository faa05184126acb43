-- 政府网站工作年度报表 (SPEC.md §10): one per site and year. Staff's entries are kept apart from
-- what the platform counts; publishing freezes both into published_values, as the form then stood.
create table report_annual
(
    site_id          bigint      not null,
    year             int         not null,
    entered          jsonb       not null default '{}',
    published_values jsonb,
    published_by     text,
    published_at     timestamptz,
    primary key (site_id, year)
);

-- The form's field list, when changed from the shipped default (a national form change needs no release).
create table report_annual_template
(
    id         int         primary key check (id = 1),
    body       text        not null,
    updated_by text        not null,
    updated_at timestamptz not null
);
