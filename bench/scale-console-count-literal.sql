-- The document list's count for a system administrator (every site) as the application binds it: a literal array
-- of 2,000 ids. psql -h 127.0.0.1 -U postgres -f bench/scale-console-count-literal.sql
drop database if exists h7_console_check2;
create database h7_console_check2;
\c h7_console_check2
create table content_document (id bigint primary key, site_id bigint not null, state text not null, created_by text not null,
  updated_at timestamptz not null, current_version int not null);
insert into content_document select g, 1 + g % 2000, 'PUBLISHED', 'bench', now() - (g || ' minutes')::interval, 1 from generate_series(1, 1000000) g;
create index content_document_site on content_document (site_id, updated_at desc, id desc);
analyze;
\timing on
select 'array[' || string_agg(g::text, ',') || ']::bigint[]' as sites from generate_series(1, 2000) g \gset
\echo 'document list, every site as the application binds it (a literal array of 2,000 ids): the count before'
explain analyze select count(*) from content_document d where d.site_id = any(:sites);
\echo 'the bounded count'
explain analyze select count(*) from (select 1 from content_document d where d.site_id = any(:sites) limit 10001) bounded;
\c postgres
drop database h7_console_check2;
