-- The retention period of citizens' personal data (govsite.interaction.retention): once it has
-- passed since a letter was closed, its contact details are removed (the phone with them) and the
-- name cut to what a published page shows; the date says it was done.
alter table interaction_letter alter column phone drop not null;
alter table interaction_letter alter column phone_digest drop not null;
alter table interaction_letter add column personal_data_removed_at timestamptz;
alter table interaction_error_report add column personal_data_removed_at timestamptz;

create index interaction_letter_retention on interaction_letter (coalesce(replied_at, received_at))
    where personal_data_removed_at is null and state in ('REPLIED', 'REJECTED');
