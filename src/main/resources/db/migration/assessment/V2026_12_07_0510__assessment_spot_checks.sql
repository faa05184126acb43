-- Quarterly spot checks (季度抽查): which sites were drawn, and the seed that reproduces the draw.
create table assessment_spot_check (
    quarter     text primary key,
    seed        bigint not null,
    share       integer not null check (share between 1 and 100),
    site_ids    bigint[] not null,
    drawn_at    timestamptz not null,
    drawn_by    text not null
);
