-- The indexes behind claiming a citizen's earlier letters and opinions by their email's digest
-- (citizen_id is null and email_digest = ?) held a row for every letter, most of them written
-- without an email: each letter paid for an index entry no claim ever reads. Only rows with a
-- digest now; the claim's "email_digest = ?" implies "is not null", so it still uses them.
drop index interaction_letter_email_digest;
create index interaction_letter_email_digest on interaction_letter (email_digest)
    where citizen_id is null and email_digest is not null;

drop index interaction_opinion_email_digest;
create index interaction_opinion_email_digest on interaction_opinion (email_digest)
    where citizen_id is null and email_digest is not null;
