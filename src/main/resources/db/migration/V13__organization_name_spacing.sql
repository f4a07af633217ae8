-- Organization names are unique as people read them: case and runs of white space do not make another name
-- ("Rainier  Valley Youth" is "rainier valley youth"). Names are stored with single spaces from now on.
UPDATE organization SET name = regexp_replace(btrim(name), '\s+', ' ', 'g') WHERE name ~ '(^\s|\s$|\s\s|[\t\n\r])';
DROP INDEX organization_name_uq;
CREATE UNIQUE INDEX organization_name_uq ON organization (lower(regexp_replace(btrim(name), '\s+', ' ', 'g')));
