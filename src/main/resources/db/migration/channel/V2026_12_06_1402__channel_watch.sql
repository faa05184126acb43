-- Watching channels against their update rules (SPEC.md §2).
-- responsible_account: the 栏目责任人 as an account of the site's staff, who is warned; the free
-- text responsible_person stays as what is shown when no account is assigned (and for channels
-- created before accounts could be chosen).
-- last_published_at: when something last went live in the channel, recorded from the content
-- module's ChannelsPublished events.
alter table channel
    add column responsible_account text,
    add column last_published_at   timestamptz;

-- The channels' last publication so far, from the placements already live.
update channel c
set last_published_at = p.latest
from (select channel_id, max(published_at) as latest from content_placement where live group by channel_id) p
where p.channel_id = c.id;

-- Which warnings the daily check has sent: one per channel, state and due day.
create table channel_update_warning
(
    channel_id bigint      not null references channel (id) on delete cascade,
    state      text        not null,
    due        date,
    warned_at  timestamptz not null,
    unique nulls not distinct (channel_id, state, due)
);
