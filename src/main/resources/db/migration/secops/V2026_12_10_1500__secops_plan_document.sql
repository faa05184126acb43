-- 应急预案's document (docx or pdf), one per plan, replaced by a new upload. Kept in the database
-- (so that a backup holds it with the record) with its SHA-256, checked again when it is read.
create table secops_plan_document
(
    plan_id      bigint      not null primary key references secops_plan (id),
    name         text        not null,
    content_type text        not null,
    size         bigint      not null,
    sha256       text        not null,
    content      bytea       not null,
    uploaded_by  text        not null,
    uploaded_at  timestamptz not null
);
