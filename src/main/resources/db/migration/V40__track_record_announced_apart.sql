-- An answer to a request and a school's rating change an organization's track record (responsiveness, ratings), which
-- only matching reads. They were announced as 'organization:<id>', so every replica's search index re-read and
-- re-indexed the organization and all its offerings on each answer; they are now announced as
-- 'track_record:<id>', which the matching index reads as a change to the organization and search leaves alone.
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
        PERFORM pg_notify('partnermatch_changes', 'track_record:' || NEW.organization_id::text);
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION partnermatch_notify_track_record() RETURNS trigger AS $$
DECLARE
    org UUID;
BEGIN
    IF NEW.given_by = 'school' THEN
        SELECT organization_id INTO org FROM partnership WHERE id = NEW.partnership_id;
        PERFORM pg_notify('partnermatch_changes', 'track_record:' || org::text);
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;
