-- Self-scoring against the national checklist (国办秘函〔2019〕19号): its groups and detailed
-- points as data, editable when the checklist changes, and each site's daily score.

-- A group of the 100 points (the services group is left out, and the rest scaled, for a body
-- without external services). A group never goes below 0.
create table assessment_group (
    code        text primary key,
    label       text not null,
    max_points  numeric(6, 2) not null check (max_points > 0),
    services    boolean not null default false,
    position    integer not null
);

-- A detailed point: per unit of its measure (a kind of open problem, or the home page's failed
-- requests in per cent) it deducts per_unit points from its group.
create table assessment_point (
    code        text primary key,
    group_code  text not null references assessment_group (code),
    label       text not null,
    measure     text not null,
    per_unit    numeric(6, 2) not null check (per_unit >= 0),
    position    integer not null
);

-- Defaults: the services group's 25 points are the checklist's; the split of the other 75 and the
-- points without a fixed figure in SPEC.md §9 are this platform's defaults, to be edited.
insert into assessment_group (code, label, max_points, services, position) values
    ('availability', '可用性', 15, false, 1),
    ('publishing', '信息发布', 35, false, 2),
    ('services', '办事服务', 25, true, 3),
    ('interaction', '互动交流', 15, false, 4),
    ('design', '功能与设计', 10, false, 5);

insert into assessment_point (code, group_code, label, measure, per_unit, position) values
    ('home-availability', 'availability', '首页可用性：每 1% 请求失败', 'home-failed-percent', 1, 1),
    ('home-links', 'availability', '首页链接不可用：每条', 'broken-link-home', 1, 2),
    ('other-links', 'availability', '其他页面链接不可用：每条', 'broken-link', 0.1, 3),
    ('dangerous-links', 'availability', '链接指向危险域名：每条', 'dangerous-link', 5, 4),
    ('key-channels', 'publishing', '动态要闻、通知公告、政策文件栏目未按时更新：每个', 'channel-stale-key', 2, 5),
    ('other-channels', 'publishing', '其他应更新栏目未更新：每个', 'channel-stale', 1, 6),
    ('empty-channels', 'publishing', '空白栏目：每个', 'channel-empty', 2, 7),
    ('tampered-files', 'publishing', '已发布文件被篡改：每个', 'tampered-file', 5, 8),
    ('content-warnings', 'publishing', '内容安全提示问题：每处', 'content-warning', 0.5, 9),
    ('service-guides', 'services', '办事指南要素缺失：每项', 'service-guide-incomplete', 1, 10),
    ('overdue-letters', 'interaction', '留言超期未答复：每件', 'letter-overdue', 1, 11),
    ('new-media', 'design', '政务新媒体两周未更新：每个', 'new-media-stale', 2, 12);

-- A site's score of a day. score is null when a veto made it 不合格.
create table assessment_score (
    site_id     bigint not null,
    day         date not null,
    verdict     text not null check (verdict in ('pass', 'fail')),
    score       numeric(6, 2),
    vetoes      text not null default '',
    has_services boolean not null,
    computed_at timestamptz not null,
    primary key (site_id, day)
);
create index assessment_score_day on assessment_score (day);

create table assessment_deduction (
    site_id     bigint not null,
    day         date not null,
    point_code  text not null,
    label       text not null,
    group_code  text not null,
    quantity    numeric(8, 2) not null,
    points      numeric(6, 2) not null,
    evidence    bigint[] not null,
    primary key (site_id, day, point_code),
    foreign key (site_id, day) references assessment_score (site_id, day) on delete cascade
);
