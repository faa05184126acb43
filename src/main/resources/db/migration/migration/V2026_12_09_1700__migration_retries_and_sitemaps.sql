-- A page whose fetch fails for a passing reason (no answer, HTTP 5xx or 429) is tried again a few
-- times before it is failed; a migration whose job keeps failing is failed once the job gives up.
alter table migration_page
    add column attempts int not null default 0;

alter table migration_run
    add column job_failures int  not null default 0,
    -- the old site's sitemap (sitemap.xml or a sitemap index), read with the start address
    add column sitemap_url  text;
