-- Applications of citizen accounts (公众账号, identity): the account that applied while signed in,
-- or claimed the application later by its verified email, whose keyed digest (identity's) is kept
-- beside the sealed address for that claim.
alter table disclosure_request add column citizen_id bigint;
alter table disclosure_request add column email_digest text;
create index disclosure_request_citizen on disclosure_request (citizen_id) where citizen_id is not null;
create index disclosure_request_email_digest on disclosure_request (email_digest) where citizen_id is null;
