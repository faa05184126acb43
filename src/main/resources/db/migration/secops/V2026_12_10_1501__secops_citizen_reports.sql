-- 仿冒网站举报 from citizens on the public pages: the contact sealed with SM4 as every citizen's contact
-- at rest, and what the content check found blocking in the description, for the security administrator.
alter table secops_counterfeit add column contact_sealed text;
alter table secops_counterfeit add column findings text;
