-- Survey responses and subscriptions of citizen accounts (公众账号, identity), for their 我的 page.
-- A signed-in citizen's response carries the account (one per account and survey, by person_key
-- 'account:<id>'); an anonymous one keeps the keyed digest (identity's) of its email for a claim.
alter table interaction_survey_response add column citizen_id bigint;
alter table interaction_survey_response add column email_digest text;
create index interaction_survey_response_citizen on interaction_survey_response (citizen_id) where citizen_id is not null;
create index interaction_survey_response_email_digest on interaction_survey_response (email_digest) where citizen_id is null;

alter table interaction_subscription add column citizen_id bigint;
create index interaction_subscription_citizen on interaction_subscription (citizen_id) where citizen_id is not null;

-- Items written before the digests were kept: filled from the sealed address at the first claim
-- ('' once looked at and holding no readable email), found by these.
create index interaction_letter_undigested on interaction_letter (id) where email_digest is null and email is not null;
create index interaction_opinion_undigested on interaction_opinion (id) where email_digest is null and contact is not null;
create index interaction_survey_response_undigested on interaction_survey_response (id)
    where email_digest is null and email is not null;
