-- +goose Up
-- Merges of business records: the cases and users of from_id moved to into_id. A merged
-- record stays (old links and figures name it) but is no longer matched at intake; this
-- table is also the audit trace of who merged what, when.
CREATE TABLE business_merges (
    id          BIGSERIAL PRIMARY KEY,
    from_id     BIGINT NOT NULL UNIQUE REFERENCES businesses (id),
    into_id     BIGINT NOT NULL REFERENCES businesses (id),
    user_id     BIGINT REFERENCES users (id),
    user_name   TEXT NOT NULL,
    cases_moved BIGINT NOT NULL,
    users_moved BIGINT NOT NULL,
    uscc_moved  TEXT,
    merged_at   TIMESTAMPTZ NOT NULL,
    CHECK (from_id <> into_id)
);
CREATE INDEX business_merges_into_idx ON business_merges (into_id);

-- +goose Down
DROP TABLE business_merges;
