-- A quarter's spot check published on the portal (SPEC.md §9: results on the portal): the drawn
-- sites' results as they stood when published, frozen, so that the published page does not move
-- with later daily scores.
alter table assessment_spot_check add column published_at timestamptz;
alter table assessment_spot_check add column published_by text;

create table assessment_spot_check_result (
    quarter     text not null references assessment_spot_check (quarter),
    position    integer not null,
    site_id     bigint not null,
    site_name   text not null,
    verdict     text check (verdict in ('pass', 'fail')),
    score       numeric(6, 2),
    scored_on   date,
    primary key (quarter, site_id)
);
