-- A partner declining or cancelling a request changes which organizations the request's needs may be matched with
-- (they are left out for a while): tell the matching index (see V4) to refresh those needs.
CREATE OR REPLACE FUNCTION partnermatch_notify_decline() RETURNS trigger AS $$
DECLARE
    need UUID;
BEGIN
    FOR need IN SELECT need_id FROM partnership_need WHERE partnership_id = NEW.id LOOP
        PERFORM pg_notify('partnermatch_changes', 'need:' || need::text);
    END LOOP;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER partnership_declined AFTER UPDATE OF state ON partnership
    FOR EACH ROW WHEN (NEW.state IN ('declined', 'cancelled') AND OLD.state IS DISTINCT FROM NEW.state)
    EXECUTE FUNCTION partnermatch_notify_decline();

-- The matching index reads a need's declines by need.
CREATE INDEX IF NOT EXISTS partnership_declined_idx ON partnership (state, closed_at)
    WHERE state IN ('declined', 'cancelled');
