-- The console's counts and review queue on a synthetic group of 2,000 sites and 1,000,000 documents,
-- 1,000 of them in review at 500 sites (only the columns the statements read), in a scratch database
-- of a PostgreSQL at 127.0.0.1:5432:  psql -h 127.0.0.1 -U postgres -f bench/scale-console-plans.sql
-- Statements as ContentQueries sends them (a system administrator: every site; a reviewer of 500 sites).
drop database if exists h7_console_check;
create database h7_console_check;
\c h7_console_check
create table content_document (id bigint primary key, site_id bigint not null, state text not null, created_by text not null,
  updated_at timestamptz not null, current_version int not null);
insert into content_document select g, 1 + g % 2000, case when g % 1000 = 0 then 'IN_REVIEW' else 'PUBLISHED' end, 'bench',
  now() - (g || ' minutes')::interval, 1 from generate_series(1, 1000000) g;
create table content_version (document_id bigint, number int, title text, edited_by text, unique (document_id, number));
insert into content_version select g, 1, '标题' || g, 'bench' from generate_series(1, 1000000) g;
create table content_placement (document_id bigint, channel_id bigint, primary key (document_id, channel_id));
insert into content_placement select g, 1 + g % 2000 from generate_series(1, 1000000) g;
create table content_history (document_id bigint, position int, action text, actor text, primary key (document_id, position));
create index content_document_site on content_document (site_id, updated_at desc, id desc);
create index content_document_recent on content_document (updated_at desc, id desc);
create index content_document_state on content_document (state);
analyze;
\timing on
\echo 'document list, every site: the count before (unbounded, with the version join)'
explain analyze select count(*) from content_document d join content_version v on v.document_id = d.id and v.number = d.current_version
 where d.site_id = any(array(select generate_series(1, 2000)::bigint));
\echo 'document list, every site: the bounded count'
explain analyze select count(*) from (select 1 from content_document d
 where d.site_id = any(array(select generate_series(1, 2000)::bigint)) limit 10001) bounded;
\echo 'document list, one site: the bounded count'
explain analyze select count(*) from (select 1 from content_document d where d.site_id = 7 limit 10001) bounded;
\echo 'review queue of a reviewer of 500 sites, before the partial index: page 1 and the count'
explain analyze select d.id, v.title from content_document d join content_version v on v.document_id = d.id and v.number = d.current_version
 where d.state in ('IN_REVIEW', 'HELD_FOR_SECRECY')
   and (d.site_id = any(array(select generate_series(1, 2000, 4)::bigint)) or exists (select 1 from content_placement p
       join unnest(cast(array[]::bigint[] as bigint[]), cast(array[]::bigint[] as bigint[])) as g(site_id, channel_id) on g.channel_id = p.channel_id
       where p.document_id = d.id and g.site_id = d.site_id))
   and d.created_by <> 'reviewer'
   and not exists (select 1 from content_version e where e.document_id = d.id and e.edited_by = 'reviewer')
   and not exists (select 1 from content_history h where h.document_id = d.id and h.action = 'APPROVED' and h.actor = 'reviewer'
       and h.position > coalesce((select max(s.position) from content_history s where s.document_id = d.id and s.action = 'SUBMITTED'), -1))
 order by d.updated_at, d.id offset 0 limit 30;
create index content_document_in_review on content_document (updated_at, id) where state in ('IN_REVIEW', 'HELD_FOR_SECRECY');
analyze;
\echo 'review queue of a reviewer of 500 sites, with content_document_in_review: page 1'
explain analyze select d.id, v.title from content_document d join content_version v on v.document_id = d.id and v.number = d.current_version
 where d.state in ('IN_REVIEW', 'HELD_FOR_SECRECY')
   and (d.site_id = any(array(select generate_series(1, 2000, 4)::bigint)) or exists (select 1 from content_placement p
       join unnest(cast(array[]::bigint[] as bigint[]), cast(array[]::bigint[] as bigint[])) as g(site_id, channel_id) on g.channel_id = p.channel_id
       where p.document_id = d.id and g.site_id = d.site_id))
   and d.created_by <> 'reviewer'
   and not exists (select 1 from content_version e where e.document_id = d.id and e.edited_by = 'reviewer')
   and not exists (select 1 from content_history h where h.document_id = d.id and h.action = 'APPROVED' and h.actor = 'reviewer'
       and h.position > coalesce((select max(s.position) from content_history s where s.document_id = d.id and s.action = 'SUBMITTED'), -1))
 order by d.updated_at, d.id offset 0 limit 30;
\echo 'review queue: the bounded count'
explain analyze select count(*) from (select 1 from content_document d
 where d.state in ('IN_REVIEW', 'HELD_FOR_SECRECY')
   and (d.site_id = any(array(select generate_series(1, 2000, 4)::bigint)) or exists (select 1 from content_placement p
       join unnest(cast(array[]::bigint[] as bigint[]), cast(array[]::bigint[] as bigint[])) as g(site_id, channel_id) on g.channel_id = p.channel_id
       where p.document_id = d.id and g.site_id = d.site_id))
   and d.created_by <> 'reviewer'
   and not exists (select 1 from content_version e where e.document_id = d.id and e.edited_by = 'reviewer')
   and not exists (select 1 from content_history h where h.document_id = d.id and h.action = 'APPROVED' and h.actor = 'reviewer'
       and h.position > coalesce((select max(s.position) from content_history s where s.document_id = d.id and s.action = 'SUBMITTED'), -1))
 limit 10001) bounded;
\c postgres
drop database h7_console_check;
