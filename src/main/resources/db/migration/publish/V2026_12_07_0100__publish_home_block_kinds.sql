-- Issue 12: the home page's blocks 政务公开, 办事服务, 互动交流 and 专题 join the kinds a site manager
-- may choose.
alter table publish_home_block drop constraint publish_home_block_kind_check;
alter table publish_home_block add constraint publish_home_block_kind_check
    check (kind in ('NOTICES', 'HEADLINE', 'PICTURES', 'TABS', 'LISTS', 'DISCLOSURE', 'SERVICES', 'INTERACTION',
                    'TOPICS', 'SITE_GROUP'));
