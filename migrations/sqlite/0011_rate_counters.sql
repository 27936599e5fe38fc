-- +goose Up
-- Requests per key (an address, a hashed mobile) in fixed windows: abuse limits on intake,
-- uploads and tracking that every server instance shares. A key keeps its one row from
-- window to window.
CREATE TABLE rate_counters (
    key        TEXT PRIMARY KEY,
    started_at DATETIME NOT NULL,
    expires_at DATETIME NOT NULL,
    count      INTEGER NOT NULL
);

-- +goose Down
DROP TABLE rate_counters;
