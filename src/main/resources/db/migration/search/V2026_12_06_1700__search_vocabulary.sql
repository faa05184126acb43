-- Site search: the lists editors keep (synonyms, stop words, chosen hot words) and the query log.

create table search_setting (
    name        text primary key,   -- synonyms | stop_words | hot_words
    value       text not null,      -- one entry a line
    updated_at  timestamptz not null default now(),
    updated_by  text
);

insert into search_setting (name, value) values
('synonyms', '医保=医疗保险
社保=社会保险
公积金=住房公积金
养老金=养老保险金
低保=最低生活保障
个税=个人所得税
营业执照=工商执照
身份证=居民身份证
驾照=驾驶证=机动车驾驶证
户口=户籍
退休金=养老金
失业金=失业保险金
新农合=新型农村合作医疗
政府信息公开=信息公开
依申请公开=申请公开
领导信箱=书记信箱=市长信箱=县长信箱
办事指南=服务指南
新媒体=政务新媒体
下线=关停
错别字=错字'),
('stop_words', '怎么
怎样
如何
什么
哪里
哪些
多少
可以
请问
一下
吗'),
('hot_words', '');

create table search_query_log (
    day           date not null,
    query         text not null,
    searches      integer not null,
    zero_results  integer not null,
    primary key (day, query)
);

create index search_query_log_day on search_query_log (day);
