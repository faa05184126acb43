-- Applications made before the email digests were kept: filled from the sealed address at the
-- first claim ('' once looked at and holding no readable email), found by this.
create index disclosure_request_undigested on disclosure_request (id) where email_digest is null and email is not null;
