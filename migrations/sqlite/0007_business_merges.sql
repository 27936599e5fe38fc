-- +goose Up
-- Merges of business records: the cases and users of from_id moved to into_id. A merged
-- record stays (old links and figures name it) but is no longer matched at intake; this
-- table is also the audit trace of who merged what, when.
CREATE TABLE business_merges (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    from_id     INTEGER NOT NULL UNIQUE REFERENCES businesses (id),
    into_id     INTEGER NOT NULL REFERENCES businesses (id),
    user_id     INTEGER REFERENCES users (id),
    user_name   TEXT NOT NULL,
    cases_moved INTEGER NOT NULL,
    users_moved INTEGER NOT NULL,
    uscc_moved  TEXT,
    merged_at   DATETIME NOT NULL,
    CHECK (from_id <> into_id)
);
CREATE INDEX business_merges_into_idx ON business_merges (into_id);

-- +goose Down
DROP TABLE business_merges;
