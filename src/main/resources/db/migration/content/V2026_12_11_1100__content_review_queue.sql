-- The review queue, the longest waiting first: the documents in review are few among a province's
-- million, so a partial index on the queue's order serves its page and its bounded count.
create index content_document_in_review on content_document (updated_at, id)
    where state in ('IN_REVIEW', 'HELD_FOR_SECRECY');
