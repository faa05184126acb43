-- A channel's entry count (how its list pages are numbered), which every incremental publish reads
-- for the changed channels: from this index alone (an index-only scan of its live placements with
-- their expiry) instead of a visit to every row's heap page. At 20,000 entries in a channel: about
-- 20 pages read instead of 1,300, 2.5 ms instead of 34 ms (docs/performance.md, issue 23).
create index content_placement_count on content_placement (channel_id, expires_at) where live;
