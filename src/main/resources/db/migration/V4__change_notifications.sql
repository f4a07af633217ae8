-- Every replica keeps an in-memory matching index. Changes to what it holds are announced on the channel
-- 'partnermatch_changes' with a payload '<kind>:<id>', delivered at commit, so each replica refreshes the one
-- record within milliseconds, whichever replica (or tool) made the change.
CREATE OR REPLACE FUNCTION partnermatch_notify_change() RETURNS trigger AS $$
DECLARE
    kind TEXT := TG_ARGV[0];
    rec  RECORD;
BEGIN
    IF TG_OP = 'DELETE' THEN
        rec := OLD;
    ELSE
        rec := NEW;
    END IF;
    IF kind = 'offering_category' THEN
        PERFORM pg_notify('partnermatch_changes', 'offering:' || rec.offering_id::text);
    ELSIF kind = 'category' THEN
        PERFORM pg_notify('partnermatch_changes', 'category:' || rec.code);
    ELSE
        PERFORM pg_notify('partnermatch_changes', kind || ':' || rec.id::text);
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER school_changed AFTER INSERT OR UPDATE OR DELETE ON school
    FOR EACH ROW EXECUTE FUNCTION partnermatch_notify_change('school');
CREATE TRIGGER need_changed AFTER INSERT OR UPDATE OR DELETE ON need
    FOR EACH ROW EXECUTE FUNCTION partnermatch_notify_change('need');
CREATE TRIGGER organization_changed AFTER INSERT OR UPDATE OR DELETE ON organization
    FOR EACH ROW EXECUTE FUNCTION partnermatch_notify_change('organization');
CREATE TRIGGER offering_changed AFTER INSERT OR UPDATE OR DELETE ON offering
    FOR EACH ROW EXECUTE FUNCTION partnermatch_notify_change('offering');
CREATE TRIGGER offering_category_changed AFTER INSERT OR UPDATE OR DELETE ON offering_category
    FOR EACH ROW EXECUTE FUNCTION partnermatch_notify_change('offering_category');
CREATE TRIGGER category_changed AFTER INSERT OR UPDATE OR DELETE ON category
    FOR EACH ROW EXECUTE FUNCTION partnermatch_notify_change('category');
