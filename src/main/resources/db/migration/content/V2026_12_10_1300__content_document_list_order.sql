-- The console's document list, newest first. Over many sites (a group-wide role) it is walked in
-- this order and stops at a page, instead of sorting every document of the group (262 ms at
-- 25,000 documents, linear; 0.3 ms with this index at 1,000,000). One site's list walks the site's
-- index, now in the list's full order (with the id that breaks ties), so a small site is not
-- searched for through the whole group's index.
create index content_document_recent on content_document (updated_at desc, id desc);
drop index content_document_site;
create index content_document_site on content_document (site_id, updated_at desc, id desc);
