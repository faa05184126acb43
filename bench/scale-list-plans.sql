-- The console document list's plans on a synthetic group of 2,000 sites and 1,000,000 documents (only the
-- columns the list reads), in a scratch database of a PostgreSQL at 127.0.0.1:5432:  psql -h 127.0.0.1 -U postgres -f bench/scale-list-plans.sql
-- before: the indexes of main (content_document_site on (site_id, updated_at desc)); then content_document_recent added
drop database if exists h6_scale_check;
create database h6_scale_check;
\c h6_scale_check
create table site (id bigint primary key);
insert into site select g from generate_series(1,2000) g;
create table content_document (id bigint primary key, site_id bigint not null, state text not null, created_by text not null,
  updated_at timestamptz not null, current_version int not null, live_version int, first_published_at timestamptz, type text, review_level int);
insert into content_document select g, 1 + g % 2000, 'PUBLISHED', 'bench', now() - (g || ' minutes')::interval, 1, 1, now(), 'ARTICLE', 0
  from generate_series(1, 1000000) g;
create table content_version (document_id bigint, number int, title text, unique (document_id, number));
insert into content_version select g, 1, '标题' || g from generate_series(1, 1000000) g;
create index content_document_site on content_document (site_id, updated_at desc);
analyze;
\timing on
explain analyze select d.id, v.title from content_document d join content_version v on v.document_id = d.id and v.number = d.current_version
 where d.site_id = any(array(select id from site)) order by d.updated_at desc, d.id desc offset 0 limit 30;
create index content_document_recent on content_document (updated_at desc, id desc);
analyze;
explain analyze select d.id, v.title from content_document d join content_version v on v.document_id = d.id and v.number = d.current_version
 where d.site_id = any(array(select id from site)) order by d.updated_at desc, d.id desc offset 0 limit 30;
explain analyze select d.id, v.title from content_document d join content_version v on v.document_id = d.id and v.number = d.current_version
 where d.site_id = any(array[7]) order by d.updated_at desc, d.id desc offset 0 limit 30;
explain analyze select d.id, v.title from content_document d join content_version v on v.document_id = d.id and v.number = d.current_version
 where d.site_id = any(array(select id from site where id <= 5)) order by d.updated_at desc, d.id desc offset 0 limit 30;
\c postgres
drop database h6_scale_check;

-- after: both indexes of V2026_12_10_1300, one site by equality, a 10-document site (2001)
drop database if exists h6_scale_check;
create database h6_scale_check;
\c h6_scale_check
create table site (id bigint primary key);
insert into site select g from generate_series(1,2000) g;
create table content_document (id bigint primary key, site_id bigint not null, state text not null, created_by text not null,
  updated_at timestamptz not null, current_version int not null, live_version int, first_published_at timestamptz, type text, review_level int);
insert into content_document select g, case when g % 100000 = 0 then 2001 else 1 + g % 2000 end, 'PUBLISHED', 'bench', now() - (g || ' minutes')::interval, 1, 1, now(), 'ARTICLE', 0
  from generate_series(1, 1000000) g;
insert into site values (2001);
create table content_version (document_id bigint, number int, title text, unique (document_id, number));
insert into content_version select g, 1, '标题' || g from generate_series(1, 1000000) g;
create index content_document_site on content_document (site_id, updated_at desc, id desc);
create index content_document_recent on content_document (updated_at desc, id desc);
analyze;
\timing on
explain analyze select d.id, v.title from content_document d join content_version v on v.document_id = d.id and v.number = d.current_version
 where d.site_id = any(array(select id from site)) order by d.updated_at desc, d.id desc offset 0 limit 30;
explain analyze select d.id, v.title from content_document d join content_version v on v.document_id = d.id and v.number = d.current_version
 where d.site_id = 7 order by d.updated_at desc, d.id desc offset 0 limit 30;
explain analyze select d.id, v.title from content_document d join content_version v on v.document_id = d.id and v.number = d.current_version
 where d.site_id = 2001 order by d.updated_at desc, d.id desc offset 0 limit 30;
explain analyze select d.id, v.title from content_document d join content_version v on v.document_id = d.id and v.number = d.current_version
 where d.site_id = any(array[2001, 5]::bigint[]) order by d.updated_at desc, d.id desc offset 0 limit 30;
\c postgres
drop database h6_scale_check;
