-- Letters and opinions of citizen accounts (公众账号, identity): the account that wrote one while
-- signed in, or claimed it later by its verified email, whose keyed digest (identity's) is kept
-- beside the sealed address for that claim.
alter table interaction_letter add column citizen_id bigint;
alter table interaction_letter add column email_digest text;
alter table interaction_opinion add column citizen_id bigint;
alter table interaction_opinion add column email_digest text;
create index interaction_letter_citizen on interaction_letter (citizen_id) where citizen_id is not null;
create index interaction_letter_email_digest on interaction_letter (email_digest) where citizen_id is null;
create index interaction_opinion_citizen on interaction_opinion (citizen_id) where citizen_id is not null;
create index interaction_opinion_email_digest on interaction_opinion (email_digest) where citizen_id is null;
