-- Feedback: once per partnership and side, only after the partnership became active. given_by = 'school' rates the
-- partner organization (its track record); given_by = 'partner' is the partner's view of working with the school,
-- for district staff's partnership-support work.
CREATE TABLE partnership_feedback (
    id             UUID          PRIMARY KEY,
    partnership_id UUID          NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    given_by       VARCHAR(10)   NOT NULL CHECK (given_by IN ('school', 'partner')),
    rating         SMALLINT      NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment        VARCHAR(2000),
    author         VARCHAR(200)  NOT NULL,
    created_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    UNIQUE (partnership_id, given_by)
);
CREATE INDEX partnership_feedback_given_by_idx ON partnership_feedback (given_by, created_at DESC);

-- Read model for matching: each organization's ratings from schools. Organizations without ratings have no row
-- (treat as count 0). Smoothing is the reader's: smoothed = (rating_sum + m * prior) / (rating_count + m).
CREATE VIEW organization_track_record AS
SELECT p.organization_id,
       count(*)::INTEGER      AS rating_count,
       sum(f.rating)::INTEGER AS rating_sum
FROM partnership_feedback f
JOIN partnership p ON p.id = f.partnership_id
WHERE f.given_by = 'school'
GROUP BY p.organization_id;

-- A new rating changes the organization's track record: tell the matching index (see V4) to refresh it.
CREATE OR REPLACE FUNCTION partnermatch_notify_track_record() RETURNS trigger AS $$
DECLARE
    org UUID;
BEGIN
    IF NEW.given_by = 'school' THEN
        SELECT organization_id INTO org FROM partnership WHERE id = NEW.partnership_id;
        PERFORM pg_notify('partnermatch_changes', 'organization:' || org::text);
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER partnership_feedback_changed AFTER INSERT ON partnership_feedback
    FOR EACH ROW EXECUTE FUNCTION partnermatch_notify_track_record();

-- Recognition: anyone signed in nominates an active or completed partnership with a story; district staff publish.
CREATE TABLE recognition (
    id             UUID          PRIMARY KEY,
    partnership_id UUID          NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    title          VARCHAR(200)  NOT NULL,
    story          VARCHAR(4000) NOT NULL,
    status         VARCHAR(10)   NOT NULL DEFAULT 'nominated' CHECK (status IN ('nominated', 'published')),
    nominated_by   VARCHAR(200)  NOT NULL,
    nominator_role VARCHAR(20)   NOT NULL,
    published_at   TIMESTAMPTZ,
    version        BIGINT        NOT NULL DEFAULT 0,
    created_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CHECK ((status = 'published') = (published_at IS NOT NULL))
);
CREATE INDEX recognition_published_idx ON recognition (published_at DESC, id) WHERE status = 'published';
CREATE INDEX recognition_status_idx ON recognition (status, created_at DESC);
