-- +goose Up
-- Data reports on a topic (a category or a tag) over a period, kept as computed.
CREATE TABLE reports (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    association_id INTEGER NOT NULL REFERENCES associations (id),
    descendants    BOOLEAN NOT NULL,
    topic_kind     TEXT NOT NULL CHECK (topic_kind IN ('category', 'tag')),
    topic          TEXT NOT NULL,
    period_from    TEXT NOT NULL,
    period_to      TEXT NOT NULL,
    title          TEXT NOT NULL,
    body           TEXT NOT NULL, -- the figures, series, findings and tips as JSON
    status         TEXT NOT NULL CHECK (status IN ('draft', 'published')),
    created_by     INTEGER NOT NULL REFERENCES users (id),
    created_at     DATETIME NOT NULL,
    published_at   DATETIME
);
CREATE INDEX reports_association_idx ON reports (association_id, created_at DESC);
CREATE INDEX reports_published_idx ON reports (status, published_at DESC);

-- +goose Down
DROP TABLE reports;
