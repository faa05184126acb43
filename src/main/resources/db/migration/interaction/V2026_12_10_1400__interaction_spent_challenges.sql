-- The letter form's proof-of-work challenges already spent, when several public nodes share the
-- database (govsite.cluster.enabled): a challenge is taken by inserting it, so a second node's
-- insert of the same one finds it there and is refused. Rows past expires_at would be refused by
-- the challenge's own expiry anyway, and are deleted now and then.
create table interaction_spent_challenge (
    challenge  varchar(200) primary key,
    expires_at timestamptz  not null
);

create index interaction_spent_challenge_expires on interaction_spent_challenge (expires_at);
