-- The document that replaces (废止/失效) or amends (已修改) a policy whose 有效性 is no longer 有效:
-- kept beside the versions, keyed by the document, so the link survives new versions.
create table content_replacement (
    document_id bigint primary key references content_document (id) on delete cascade,
    replaced_by bigint not null references content_document (id) on delete cascade,
    set_by text not null,
    set_at timestamptz not null,
    constraint content_replacement_not_itself check (document_id <> replaced_by)
);

create index content_replacement_replaced_by on content_replacement (replaced_by);
