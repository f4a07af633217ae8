-- Search analytics (issue 19): how often each search text was run per week and how often it found nothing, so the
-- district can fix its taxonomy and synonyms. No user identity is kept: a row is a week, the kind of search and the
-- text as searched (lower-case words), with counts. Replicas add their counts every few seconds (upsert).
CREATE TABLE search_query_week (
    week         DATE         NOT NULL,
    kind         VARCHAR(12)  NOT NULL CHECK (kind IN ('offering', 'organization')),
    query        VARCHAR(200) NOT NULL,
    searches     BIGINT       NOT NULL DEFAULT 0 CHECK (searches >= 0),
    zero_results BIGINT       NOT NULL DEFAULT 0 CHECK (zero_results >= 0 AND zero_results <= searches),
    PRIMARY KEY (week, kind, query)
);
CREATE INDEX search_query_week_zero_idx ON search_query_week (week, zero_results DESC) WHERE zero_results > 0;
