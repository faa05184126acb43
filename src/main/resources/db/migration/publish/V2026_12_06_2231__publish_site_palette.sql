-- The colours a site's pages wear (issue 12): the red 党政 palette of the default theme, or blue.
-- Both share the templates; they differ by the design tokens of the style sheet. No row: red.
create table publish_site_palette
(
    site_id bigint primary key,
    palette text not null check (palette in ('RED', 'BLUE'))
);
