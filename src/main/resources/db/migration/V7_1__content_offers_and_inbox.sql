-- The content module, second step: who has read a message of the inbox, and the portal's review
-- of an accepted 报送.

-- A message addressed to a role (site:12:REVIEWER) is read by each holder on their own: one row
-- per reader. A message addressed to one user has at most one row.
create table content_notification_read
(
    notification_id bigint      not null references content_notification (id) on delete cascade,
    username        text        not null,
    read_at         timestamptz not null,
    primary key (notification_id, username)
);

-- 报送 in the portal: an offer accepted into a portal channel that has review levels of its own
-- waits (AWAITING_REVIEW) for a reviewer of the portal before it is placed; reviewed_by says who.
alter table content_offer add column version int not null default 0;
alter table content_offer add column reviewed_by text;
alter table content_offer add column reviewed_at timestamptz;
drop index content_offer_open;
create unique index content_offer_open on content_offer (document_id, to_site_id)
    where state in ('OFFERED', 'AWAITING_REVIEW');
create index content_offer_document on content_offer (document_id);
