-- What an approver writes when approving an application level or a request (offline, closing,
-- leaving supervision): kept beside the requester's reason in the site's history.
alter table lifecycle_entry add column approval_note text;
