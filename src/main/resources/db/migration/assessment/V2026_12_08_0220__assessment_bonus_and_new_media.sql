-- Bonus points (加分, portals only, SPEC.md §9) and the judging of 政务新媒体 accounts, as data
-- editable like the detailed points.

-- A bonus point: per unit of its measure it adds per_unit points, at most max_points; together at
-- most 30, and only for a portal above 80. Measures named award:<code> are the supervising office's
-- awards (assessment_award); others are figures a module supplies (SiteMeasures).
create table assessment_bonus (
    code        text primary key,
    label       text not null,
    measure     text not null,
    per_unit    numeric(6, 2) not null check (per_unit >= 0),
    max_points  numeric(6, 2) not null check (max_points >= 0),
    position    integer not null
);

-- Defaults after the checklist's 加分指标 (创新发展); the split is this platform's, to be edited.
insert into assessment_bonus (code, label, measure, per_unit, max_points, position) values
    ('interpretation', '政策解读形式多样、质量高（图解、视频、专家解读）', 'award:interpretation', 2, 8, 1),
    ('response', '回应关切及时、效果好', 'award:response', 2, 6, 2),
    ('services', '办事服务创新（一网通办、移动办理）', 'award:services', 2, 6, 3),
    ('data', '数据开放与利用', 'award:data', 2, 4, 4),
    ('innovation', '其他创新做法、获得表彰', 'award:innovation', 2, 6, 5);

-- The supervising office's award of a bonus point to a site: how many units, and why. One standing
-- award per site and point; replacing it is an audited act of the console.
create table assessment_award (
    site_id     bigint not null,
    bonus_code  text not null references assessment_bonus (code),
    quantity    numeric(6, 2) not null check (quantity >= 0),
    note        text not null,
    awarded_on  date not null,
    awarded_by  text not null,
    primary key (site_id, bonus_code)
);

-- A 政务新媒体 account fails when a rule's measure exceeds its limit.
create table assessment_new_media_rule (
    code        text primary key,
    label       text not null,
    measure     text not null,
    limit_value integer not null,
    position    integer not null
);
insert into assessment_new_media_rule (code, label, measure, limit_value, position) values
    ('stale', '两周内无更新', 'days-since-update', 14, 1),
    ('no-interaction', '无互动功能（评论、私信均未开放）', 'interaction-closed', 0, 2);

-- What the inspector read on an account on a day, and the judgement.
create table assessment_new_media_check (
    account_id     bigint not null,
    site_id        bigint not null,
    checked_on     date not null,
    last_update_on date,
    interaction_open boolean not null,
    verdict        text not null check (verdict in ('pass', 'fail')),
    broken         text not null default '',
    checked_by     text not null,
    primary key (account_id, checked_on)
);
create index assessment_new_media_check_site on assessment_new_media_check (site_id, checked_on);

-- A site's accounts judged 不合格 on their newest reading deduct from 功能与设计.
insert into assessment_point (code, group_code, label, measure, per_unit, position) values
    ('new-media-failed', 'design', '政务新媒体账号检查不合格：每个', 'new-media-failed', 2, 13);

alter table assessment_score add column bonus numeric(6, 2);
