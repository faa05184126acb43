-- A third kind of publish job: the pages other modules keep (the disclosure catalogue, the annual
-- disclosure reports), published when what they show changes, without a full publish of the site.
alter table publish_job drop constraint publish_job_kind_check;
alter table publish_job add constraint publish_job_kind_check check (kind in ('FULL', 'INCREMENTAL', 'PAGES'));
