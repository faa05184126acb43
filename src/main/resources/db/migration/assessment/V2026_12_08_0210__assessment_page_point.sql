-- A sampled page that does not open (monitor's page-unreachable) deducts like a broken link on a
-- page other than the home page: it is one page of the site lost, not the site down.
insert into assessment_point (code, group_code, label, measure, per_unit, position) values
    ('unreachable-pages', 'availability', '抽样页面无法访问：每个', 'page-unreachable', 0.1, 4);
