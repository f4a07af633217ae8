-- The search index's saved copy (issue 19, start-up): the Lucene files of the last saved index, so a starting
-- replica analyses only the documents whose text changed since instead of every document. A cache, not data: the
-- index is always checked against the database's rows, and a copy of another format is ignored.
CREATE TABLE search_index_snapshot (
    singleton  BOOLEAN     PRIMARY KEY DEFAULT TRUE CHECK (singleton),
    format     TEXT        NOT NULL,
    documents  INTEGER     NOT NULL CHECK (documents >= 0),
    bytes      BIGINT      NOT NULL CHECK (bytes >= 0),
    saved_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE search_index_snapshot_file (
    name  TEXT  PRIMARY KEY,
    bytes BYTEA NOT NULL
);
-- Lucene's files are compressed already: store them without trying again
ALTER TABLE search_index_snapshot_file ALTER COLUMN bytes SET STORAGE EXTERNAL;
