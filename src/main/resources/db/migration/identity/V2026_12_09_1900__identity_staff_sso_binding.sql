-- A staff account's binding to its holder's subject at the provincial 统一身份认证平台 (ADR 0003,
-- addendum): made by the holder while signed in with password and TOTP; a provider's subject
-- signs in to at most one account, and an account is bound to at most one subject.
create table identity_staff_sso_binding
(
    staff_account bigint      not null primary key references staff_account (id) on delete cascade,
    issuer        text        not null,
    subject       text        not null,
    bound_at      timestamptz not null,
    unique (issuer, subject)
);
