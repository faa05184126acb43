-- 索引号 serials, per publisher prefix and year (SPEC.md §5): the row is locked while a number is
-- taken, so two documents first published at once never get the same serial.
create table content_index_serial
(
    prefix text not null,
    year   int  not null,
    last   int  not null,
    primary key (prefix, year)
);
