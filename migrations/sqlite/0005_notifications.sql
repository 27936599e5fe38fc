-- +goose Up
-- The language the consumer filed in, for the notices of a consumer without an account.
ALTER TABLE cases ADD COLUMN consumer_locale TEXT NOT NULL DEFAULT '';

-- In-app notifications: append-only but for the read mark.
CREATE TABLE notifications (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    case_id    INTEGER REFERENCES cases (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,
    subject    TEXT NOT NULL,
    body       TEXT NOT NULL,
    created_at DATETIME NOT NULL,
    read_at    DATETIME
);
CREATE INDEX notifications_user_idx ON notifications (user_id, created_at, id);
CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE read_at IS NULL;

-- Markers of notices already fanned out (a case event's, a deadline's reminder, an
-- escalation), so that each is sent once however many workers or retries see it.
CREATE TABLE notice_marks (
    key        TEXT PRIMARY KEY,
    created_at DATETIME NOT NULL
);
CREATE INDEX notice_marks_created_idx ON notice_marks (created_at);

-- +goose Down
DROP TABLE notice_marks;
DROP TABLE notifications;
ALTER TABLE cases DROP COLUMN consumer_locale;
