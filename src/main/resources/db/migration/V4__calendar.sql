-- The working-day calendar (SPEC.md §11): per year, the weekdays off (statutory holidays) and the
-- weekend days that are working days (调休), as the State Council publishes them each November.
-- A year without a row counts Monday to Friday. The application reads these tables into memory.
create table calendar_year
(
    year       int         not null primary key,
    -- BUILT_IN: shipped with the platform; ENTERED: entered (or corrected) by a system administrator
    source     text        not null check (source in ('BUILT_IN', 'ENTERED')),
    updated_at timestamptz not null,
    updated_by text        not null,
    version    bigint      not null default 0
);

create table calendar_day
(
    day  date not null primary key,
    year int  not null references calendar_year (year) on delete cascade,
    kind text not null check (kind in ('HOLIDAY', 'ADJUSTED_WORKING_DAY')),
    -- the holiday the day belongs to: 春节, 国庆节 ...
    name text not null check (length(name) between 1 and 20),
    constraint calendar_day_in_its_year check (extract(year from day) = year),
    -- a holiday is a weekday off, an adjusted working day a Saturday or Sunday that works
    constraint calendar_day_kind_fits_weekday check ((kind = 'HOLIDAY') = (extract(isodow from day) < 6))
);
create index calendar_day_by_year on calendar_day (year);

-- The years the platform ships with; the same data as BuiltInArrangements (a test checks).
insert into calendar_year (year, source, updated_at, updated_by)
values (2025, 'BUILT_IN', now(), 'system'),
       (2026, 'BUILT_IN', now(), 'system');

insert into calendar_day (day, year, kind, name)
values ('2025-01-01', 2025, 'HOLIDAY', '元旦'),
       ('2025-01-28', 2025, 'HOLIDAY', '春节'),
       ('2025-01-29', 2025, 'HOLIDAY', '春节'),
       ('2025-01-30', 2025, 'HOLIDAY', '春节'),
       ('2025-01-31', 2025, 'HOLIDAY', '春节'),
       ('2025-02-03', 2025, 'HOLIDAY', '春节'),
       ('2025-02-04', 2025, 'HOLIDAY', '春节'),
       ('2025-04-04', 2025, 'HOLIDAY', '清明节'),
       ('2025-05-01', 2025, 'HOLIDAY', '劳动节'),
       ('2025-05-02', 2025, 'HOLIDAY', '劳动节'),
       ('2025-05-05', 2025, 'HOLIDAY', '劳动节'),
       ('2025-06-02', 2025, 'HOLIDAY', '端午节'),
       ('2025-10-01', 2025, 'HOLIDAY', '国庆节、中秋节'),
       ('2025-10-02', 2025, 'HOLIDAY', '国庆节、中秋节'),
       ('2025-10-03', 2025, 'HOLIDAY', '国庆节、中秋节'),
       ('2025-10-06', 2025, 'HOLIDAY', '国庆节、中秋节'),
       ('2025-10-07', 2025, 'HOLIDAY', '国庆节、中秋节'),
       ('2025-10-08', 2025, 'HOLIDAY', '国庆节、中秋节'),
       ('2025-01-26', 2025, 'ADJUSTED_WORKING_DAY', '春节'),
       ('2025-02-08', 2025, 'ADJUSTED_WORKING_DAY', '春节'),
       ('2025-04-27', 2025, 'ADJUSTED_WORKING_DAY', '劳动节'),
       ('2025-09-28', 2025, 'ADJUSTED_WORKING_DAY', '国庆节、中秋节'),
       ('2025-10-11', 2025, 'ADJUSTED_WORKING_DAY', '国庆节、中秋节'),
       ('2026-01-01', 2026, 'HOLIDAY', '元旦'),
       ('2026-01-02', 2026, 'HOLIDAY', '元旦'),
       ('2026-02-16', 2026, 'HOLIDAY', '春节'),
       ('2026-02-17', 2026, 'HOLIDAY', '春节'),
       ('2026-02-18', 2026, 'HOLIDAY', '春节'),
       ('2026-02-19', 2026, 'HOLIDAY', '春节'),
       ('2026-02-20', 2026, 'HOLIDAY', '春节'),
       ('2026-02-23', 2026, 'HOLIDAY', '春节'),
       ('2026-04-06', 2026, 'HOLIDAY', '清明节'),
       ('2026-05-01', 2026, 'HOLIDAY', '劳动节'),
       ('2026-05-04', 2026, 'HOLIDAY', '劳动节'),
       ('2026-05-05', 2026, 'HOLIDAY', '劳动节'),
       ('2026-06-19', 2026, 'HOLIDAY', '端午节'),
       ('2026-09-25', 2026, 'HOLIDAY', '中秋节'),
       ('2026-10-01', 2026, 'HOLIDAY', '国庆节'),
       ('2026-10-02', 2026, 'HOLIDAY', '国庆节'),
       ('2026-10-05', 2026, 'HOLIDAY', '国庆节'),
       ('2026-10-06', 2026, 'HOLIDAY', '国庆节'),
       ('2026-10-07', 2026, 'HOLIDAY', '国庆节'),
       ('2026-01-04', 2026, 'ADJUSTED_WORKING_DAY', '元旦'),
       ('2026-02-14', 2026, 'ADJUSTED_WORKING_DAY', '春节'),
       ('2026-02-28', 2026, 'ADJUSTED_WORKING_DAY', '春节'),
       ('2026-05-09', 2026, 'ADJUSTED_WORKING_DAY', '劳动节'),
       ('2026-09-20', 2026, 'ADJUSTED_WORKING_DAY', '国庆节'),
       ('2026-10-10', 2026, 'ADJUSTED_WORKING_DAY', '国庆节');
