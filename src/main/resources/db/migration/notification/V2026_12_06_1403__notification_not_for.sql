-- A message to a role that some of its holders may not act on (the reviewer who passed level 1 is
-- not asked to pass level 2; an author is never asked to review their own document).
alter table notification
    add column not_for text[] not null default '{}';
