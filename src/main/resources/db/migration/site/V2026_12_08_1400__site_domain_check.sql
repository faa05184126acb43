-- The domain ledger's optional check from outside (govsite.site.domain-checks): the latest look at
-- each domain in use, what its name resolved to and the certificate its HTTPS server presented.
create table site_domain_check
(
    entry_id        bigint primary key references site_domain_entry (id),
    checked_at      timestamp with time zone not null,
    addresses       text not null,
    cert_subject    text,
    cert_issuer     text,
    cert_expires_at timestamp with time zone,
    -- what is wrong, in Chinese; null when nothing is
    problem         text,
    -- the smallest warning threshold (days before the certificate expires) already sent for its expiry
    warned_within   int
);
