-- The blocks of a site's home page, in the order its manager chose (issue 12). A site without rows
-- gets the defaults for its kind (portal or department).
create table publish_home_block
(
    site_id     bigint not null,
    position    int    not null check (position >= 0),
    kind        text   not null check (kind in ('NOTICES', 'HEADLINE', 'PICTURES', 'TABS', 'LISTS', 'SITE_GROUP')),
    -- the channels the block shows (their subtrees), in order; none for notices and the site group
    channel_ids bigint[] not null default '{}',
    primary key (site_id, position)
);
