-- The automatic content check of a letter on submission (platform's TextChecker, the guard): the
-- blocking findings, one per line, while the letter is held for a moderator; null when nothing
-- blocking was found or a moderator cleared it (the findings stay in the letter's history).
alter table interaction_letter add column held_findings text;
