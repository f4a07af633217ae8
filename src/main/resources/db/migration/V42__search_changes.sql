-- What changed for the search index since its saved copy (issue 19, start-up). Each record the index holds
-- (offering, organization) and each category keeps one row here: the transaction that last changed it, written in
-- that transaction by the tables' triggers. A starting replica restores the saved copy (its documents and its
-- records), reads the rows whose transaction the copy's snapshot does not see, and re-reads only those records,
-- instead of reading every row. One row per record whatever the number of changes: the table never needs pruning.
-- The last writer of a row commits last (it waits for the row lock of the one before), so when its transaction is
-- visible in a snapshot, every earlier change to that record is too.
CREATE TABLE search_change (
    kind TEXT NOT NULL,
    key  TEXT NOT NULL,
    xid  XID8 NOT NULL,
    PRIMARY KEY (kind, key)
);
CREATE INDEX search_change_xid ON search_change (xid);

CREATE FUNCTION partnermatch_search_change() RETURNS trigger AS $$
DECLARE
    changed_kind TEXT := TG_ARGV[0];
    rec  RECORD;
    changed_key  TEXT;
BEGIN
    IF TG_OP = 'DELETE' THEN
        rec := OLD;
    ELSE
        rec := NEW;
    END IF;
    IF changed_kind = 'offering_category' THEN
        changed_kind := 'offering';
        changed_key := rec.offering_id::text;
    ELSIF changed_kind = 'category' THEN
        changed_key := rec.code;
    ELSE
        changed_key := rec.id::text;
    END IF;
    INSERT INTO search_change (kind, key, xid) VALUES (changed_kind, changed_key, pg_current_xact_id())
    ON CONFLICT ON CONSTRAINT search_change_pkey DO UPDATE SET xid = excluded.xid
    WHERE search_change.xid IS DISTINCT FROM excluded.xid;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER organization_search_change AFTER INSERT OR UPDATE OR DELETE ON organization
    FOR EACH ROW EXECUTE FUNCTION partnermatch_search_change('organization');
CREATE TRIGGER offering_search_change AFTER INSERT OR UPDATE OR DELETE ON offering
    FOR EACH ROW EXECUTE FUNCTION partnermatch_search_change('offering');
CREATE TRIGGER offering_category_search_change AFTER INSERT OR UPDATE OR DELETE ON offering_category
    FOR EACH ROW EXECUTE FUNCTION partnermatch_search_change('offering_category');
CREATE TRIGGER category_search_change AFTER INSERT OR UPDATE OR DELETE ON category
    FOR EACH ROW EXECUTE FUNCTION partnermatch_search_change('category');

-- The saved copy also holds the records searches filter, count and order by, the snapshot its state covers, and
-- the language names its documents were written with (which no trigger announces).
ALTER TABLE search_index_snapshot
    ADD COLUMN records  BYTEA,
    ADD COLUMN covers   TEXT,
    ADD COLUMN context  BIGINT;

-- TRUNCATE fires no row triggers: the copy's records then no longer say what changed, so its next load checks every
-- row against the copy's documents instead.
CREATE FUNCTION partnermatch_search_truncated() RETURNS trigger AS $$
BEGIN
    UPDATE search_index_snapshot SET covers = NULL;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER organization_search_truncated AFTER TRUNCATE ON organization
    FOR EACH STATEMENT EXECUTE FUNCTION partnermatch_search_truncated();
CREATE TRIGGER offering_search_truncated AFTER TRUNCATE ON offering
    FOR EACH STATEMENT EXECUTE FUNCTION partnermatch_search_truncated();
CREATE TRIGGER offering_category_search_truncated AFTER TRUNCATE ON offering_category
    FOR EACH STATEMENT EXECUTE FUNCTION partnermatch_search_truncated();
CREATE TRIGGER category_search_truncated AFTER TRUNCATE ON category
    FOR EACH STATEMENT EXECUTE FUNCTION partnermatch_search_truncated();
