-- Listings kept current (docs/listings.md): the scheduled requests to confirm stale listings, and problems anyone
-- reports on an organization's or offering's listing.

-- One row per organization while it has stale listings: when it was first asked to confirm them (the start of this
-- round), how many e-mails it has been sent (the first ask, then reminders) and when the last one went. The row is
-- deleted once nothing of the organization is stale, so the next round starts with a first ask again.
CREATE TABLE listing_verification_ask (
    organization_id  uuid         PRIMARY KEY REFERENCES organization (id) ON DELETE CASCADE,
    first_asked_at   timestamptz  NOT NULL,
    last_asked_at    timestamptz  NOT NULL,
    asks             smallint     NOT NULL CHECK (asks >= 1)
);

-- A problem someone saw in a listing. Anonymous reports carry no reporter; a reporter's e-mail address (optional, for
-- a reply) is shown to district staff only. Resolved by the organization's staff or district staff.
CREATE TABLE problem_report (
    id               uuid          PRIMARY KEY,
    organization_id  uuid          NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    offering_id      uuid          REFERENCES offering (id) ON DELETE CASCADE,
    kind             varchar(30)   NOT NULL CHECK (kind IN ('contact', 'times', 'languages', 'capacity', 'description',
                                                             'closed', 'other')),
    message          varchar(2000) NOT NULL,
    reporter_email   varchar(320),
    reported_by      varchar(200),
    state            varchar(20)   NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'resolved')),
    resolution       varchar(20)   CHECK (resolution IN ('fixed', 'no_change', 'dismissed')),
    resolution_note  varchar(1000),
    resolved_by      varchar(200),
    resolved_at      timestamptz,
    created_at       timestamptz   NOT NULL,
    CONSTRAINT problem_report_resolved CHECK ((state = 'open') = (resolution IS NULL AND resolved_at IS NULL))
);

CREATE INDEX problem_report_queue_idx ON problem_report (state, created_at);
CREATE INDEX problem_report_organization_idx ON problem_report (organization_id, created_at);
