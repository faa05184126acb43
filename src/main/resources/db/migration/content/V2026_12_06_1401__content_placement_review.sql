-- A placement in a channel that asks for more review levels than its document passed waits for
-- the missing levels before it shows (the document's other placements are not held back):
-- review_required is what the channel needs, review_passed what has been passed so far; both are
-- null for a placement that needs nothing more.
alter table content_placement
    add column review_required int,
    add column review_passed   int;

-- Who passed each missing level of a held placement, and when.
create table content_placement_review
(
    document_id bigint      not null,
    channel_id  bigint      not null,
    level       int         not null,
    reviewer    text        not null,
    reviewed_at timestamptz not null,
    comment     text,
    primary key (document_id, channel_id, level),
    foreign key (document_id, channel_id) references content_placement (document_id, channel_id) on delete cascade
);
