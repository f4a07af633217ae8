-- Answers to requests change what matching knows (see V4): a partner declining or cancelling leaves it out of the
-- request's needs for a while, so those needs are announced; any answer (accept, decline, expiry) changes the
-- organization's responsiveness, so it is announced too.
CREATE OR REPLACE FUNCTION partnermatch_notify_partnership_answer() RETURNS trigger AS $$
DECLARE
    need UUID;
BEGIN
    IF NEW.state IN ('declined', 'cancelled') THEN
        FOR need IN SELECT need_id FROM partnership_need WHERE partnership_id = NEW.id LOOP
            PERFORM pg_notify('partnermatch_changes', 'need:' || need::text);
        END LOOP;
    END IF;
    IF OLD.state = 'requested' THEN
        PERFORM pg_notify('partnermatch_changes', 'organization:' || NEW.organization_id::text);
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER partnership_answered AFTER UPDATE OF state ON partnership
    FOR EACH ROW WHEN (OLD.state IS DISTINCT FROM NEW.state)
    EXECUTE FUNCTION partnermatch_notify_partnership_answer();

-- The matching index reads recent declines and cancellations.
CREATE INDEX IF NOT EXISTS partnership_declined_idx ON partnership (state, closed_at)
    WHERE state IN ('declined', 'cancelled');
