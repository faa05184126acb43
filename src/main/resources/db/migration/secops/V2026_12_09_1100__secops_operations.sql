-- Security operations (issue 20, part 3; SPEC.md §12): the monthly vulnerability scans of each site
-- and their findings tracked to the fix, counterfeit-site reports followed through to the
-- cyberspace office, the 24-hour duty roster with its heightened-duty periods, the emergency plan
-- and its drills. They feed the annual website report's 安全防护 and the oversight report.

-- one scan of one site on one day: a site whose scan found nothing has a scan and no finding
create table secops_scan
(
    id          bigint generated always as identity primary key,
    site_id     bigint      not null,
    scanned_on  date        not null,
    file_name   text        not null,
    imported_by text        not null,
    imported_at timestamptz not null,
    unique (site_id, scanned_on)
);

-- a finding, known by the scanner's own id within its site: a re-import updates it
create table secops_finding
(
    id              bigint generated always as identity primary key,
    site_id         bigint      not null,
    finding_key     text        not null,
    title           text        not null,
    severity        text        not null,
    url             text,
    description     text,
    found_on        date        not null,
    due_on          date        not null,
    state           text        not null,
    fix_note        text,
    fixed_by        text,
    fixed_on        date,
    verified_by     text,
    verified_on     date,
    overdue_alerted boolean     not null default false,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    unique (site_id, finding_key)
);

create index secops_finding_open on secops_finding (due_on) where state = 'OPEN';

-- 假冒网站: reported → verified → referred to the cyberspace office (网信部门) → closed
create table secops_counterfeit
(
    id          bigint generated always as identity primary key,
    domain      text        not null,
    url         text,
    site_id     bigint,
    description text,
    source      text        not null,
    reporter    text        not null,
    state       text        not null,
    reported_on date        not null,
    verified_on date,
    referred_on date,
    closed_on   date,
    note        text,
    created_at  timestamptz not null
);

-- 值班表: the phone is sealed with SM4 as every phone number at rest
create table secops_duty
(
    id           bigint generated always as identity primary key,
    starts_on    date        not null,
    ends_on      date        not null,
    person       text        not null,
    phone_sealed text        not null,
    created_by   text        not null,
    created_at   timestamptz not null
);

-- 重要时期加强值守
create table secops_heightened
(
    id         bigint generated always as identity primary key,
    starts_on  date        not null,
    ends_on    date        not null,
    reason     text        not null,
    created_by text        not null,
    created_at timestamptz not null
);

-- 应急预案
create table secops_plan
(
    id         bigint generated always as identity primary key,
    title      text        not null,
    version    text        not null,
    filed_with text        not null,
    filed_on   date,
    created_by text        not null,
    created_at timestamptz not null
);

-- 应急演练: a drill of the platform (site_id null) counts for every site
create table secops_drill
(
    id           bigint generated always as identity primary key,
    held_on      date        not null,
    scenario     text        not null,
    participants text        not null,
    findings     text,
    site_id      bigint,
    created_by   text        not null,
    created_at   timestamptz not null
);
