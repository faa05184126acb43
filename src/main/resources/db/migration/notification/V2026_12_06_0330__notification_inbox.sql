-- The staff inbox leaves the content module for the notification module, which every module uses.
-- Messages keep their ids and read marks; a kind is now named with its module (content.SENT_BACK).
alter table content_notification rename to notification;
alter table content_notification_read rename to notification_read;
alter index content_notification_recipient rename to notification_recipient;
alter table notification drop column document_id;
alter table notification drop column read_at;
update notification set kind = 'content.' || kind where kind not like '%.%';

-- Which kinds of message each user also wants by email (no row: the kind's default).
create table notification_preference
(
    username text    not null,
    kind     text    not null,
    email    boolean not null,
    primary key (username, kind)
);
