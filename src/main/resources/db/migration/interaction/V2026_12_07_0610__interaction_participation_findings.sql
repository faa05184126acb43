-- The automatic content check (platform's TextChecker, the guard) of an opinion or an interview
-- question on submission: its blocking findings, one per line, shown to the moderator beside it.
-- Null when nothing blocking was found. The moderator still decides; nothing is shown before that.
alter table interaction_opinion add column findings text;
alter table interaction_interview_question add column findings text;
