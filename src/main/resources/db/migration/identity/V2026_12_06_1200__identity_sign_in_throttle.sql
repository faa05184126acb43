-- Failed sign-ins counted per name typed and source address (not per account): a stranger who
-- types wrong passwords for someone's name makes only their own address wait, with delays that
-- grow, and never locks the holder out. Names that match no account are counted the same way, so
-- the answers do not tell which names exist.
create table sign_in_throttle
(
    username        varchar(200) not null,
    address         varchar(64)  not null,
    failures        int          not null,
    last_failure_at timestamptz  not null,
    blocked_until   timestamptz,
    primary key (username, address)
);
create index sign_in_throttle_last_failure on sign_in_throttle (last_failure_at);
