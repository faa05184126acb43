-- The supervisor's yearly oversight report (政府网站监管年度工作报告) is the group's, not a site's:
-- it gets a table of its own, one row per year, instead of rows under site id 0 in report_annual.
-- Publishing freezes the whole report (its sections, lines and values as they then stood), since
-- its lines follow the data (one per kind of problem found) rather than a fixed form.
create table report_oversight
(
    year             int         primary key,
    entered          jsonb       not null default '{}',
    published_report jsonb,
    published_by     text,
    published_at     timestamptz
);

insert into report_oversight (year, entered)
select year, entered from report_annual where site_id = 0;

delete from report_annual where site_id = 0;
