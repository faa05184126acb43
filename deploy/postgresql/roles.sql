-- GovSite on an external PostgreSQL (14 or newer): the database and its two roles.
--
--   psql -h db.internal -U postgres -v owner_password='…' -v app_password='…' -f deploy/postgresql/roles.sql
--
-- Optional: -v owner=… -v app=… -v database=… to name them otherwise (defaults below).
--
-- govsite_owner owns the database and its tables and runs the migrations
--   (govsite.database.owner-user / owner-password).
-- govsite_app is the role the application works as (spring.datasource.username / password).
--   After every migration run the owner grants it select, insert, update and delete on the
--   tables and use of the sequences, and on the audit trail's tables only what they allow
--   (audit_record: select and insert). It owns nothing, so it can neither alter a table nor
--   switch the audit trail's triggers off. Never make it a superuser or a member of the owner.

\set ON_ERROR_STOP on
\if :{?owner}
\else
\set owner govsite_owner
\endif
\if :{?app}
\else
\set app govsite_app
\endif
\if :{?database}
\else
\set database govsite
\endif

create role :"owner" login nosuperuser nocreatedb nocreaterole password :'owner_password';
create role :"app" login nosuperuser nocreatedb nocreaterole password :'app_password';
create database :"database" owner :"owner" encoding 'UTF8' template template0;

-- Nobody else connects; nobody but the owner creates objects (PostgreSQL 14 still lets everyone
-- create in the public schema).
revoke all on database :"database" from public;
grant connect, temporary on database :"database" to :"app";

\connect :"database"
alter schema public owner to :"owner";
revoke create on schema public from public;
grant usage on schema public to :"app";
