-- +goose Up
CREATE TABLE divisions (
    code        TEXT PRIMARY KEY CHECK (length(code) = 6 AND code GLOB '[0-9][0-9][0-9][0-9][0-9][0-9]'),
    name        TEXT NOT NULL,
    level       INTEGER NOT NULL CHECK (level BETWEEN 1 AND 3),
    parent_code TEXT
);
CREATE INDEX divisions_parent_idx ON divisions (parent_code);

CREATE TABLE associations (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    code         TEXT NOT NULL UNIQUE,
    parent_id    INTEGER REFERENCES associations (id),
    path         TEXT NOT NULL UNIQUE,
    name_zh_hans TEXT NOT NULL,
    name_zh_hant TEXT NOT NULL,
    name_en      TEXT NOT NULL,
    created_at   DATETIME NOT NULL,
    updated_at   DATETIME NOT NULL
);
-- Exactly one root: the national association.
CREATE UNIQUE INDEX associations_one_root ON associations ((parent_id IS NULL)) WHERE parent_id IS NULL;

-- A division is covered by at most one association, so routing never has to guess.
CREATE TABLE association_divisions (
    association_id INTEGER NOT NULL REFERENCES associations (id) ON DELETE CASCADE,
    division_code  TEXT NOT NULL UNIQUE REFERENCES divisions (code),
    PRIMARY KEY (association_id, division_code)
);

CREATE TABLE users (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    email               TEXT NOT NULL UNIQUE,
    name                TEXT NOT NULL,
    kind                TEXT NOT NULL CHECK (kind IN ('staff', 'consumer', 'business')),
    password_hash       TEXT NOT NULL,
    is_platform_admin   BOOLEAN NOT NULL DEFAULT FALSE,
    locale              TEXT NOT NULL DEFAULT 'zh-Hans',
    disabled_at         DATETIME,
    password_changed_at DATETIME NOT NULL,
    created_at          DATETIME NOT NULL,
    updated_at          DATETIME NOT NULL
);

CREATE TABLE memberships (
    user_id        INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    association_id INTEGER NOT NULL REFERENCES associations (id) ON DELETE CASCADE,
    role           TEXT NOT NULL CHECK (role IN ('admin', 'supervisor', 'mediator')),
    created_at     DATETIME NOT NULL,
    PRIMARY KEY (user_id, association_id)
);
CREATE INDEX memberships_association_idx ON memberships (association_id);

CREATE TABLE sessions (
    id           TEXT PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csrf_token   TEXT NOT NULL,
    created_at   DATETIME NOT NULL,
    expires_at   DATETIME NOT NULL,
    last_seen_at DATETIME NOT NULL,
    revoked_at   DATETIME,
    ip           TEXT NOT NULL DEFAULT '',
    user_agent   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sessions_user_idx ON sessions (user_id);
CREATE INDEX sessions_expires_idx ON sessions (expires_at);

CREATE TABLE login_failures (
    key             TEXT PRIMARY KEY,
    count           INTEGER NOT NULL,
    last_failure_at DATETIME NOT NULL
);

-- Reference data shipped with the binary (divisions, ...), reloaded when its checksum changes.
CREATE TABLE reference_data (
    name      TEXT PRIMARY KEY,
    checksum  TEXT NOT NULL,
    loaded_at DATETIME NOT NULL
);

-- +goose Down
DROP TABLE reference_data;
DROP TABLE login_failures;
DROP TABLE sessions;
DROP TABLE memberships;
DROP TABLE users;
DROP TABLE association_divisions;
DROP TABLE associations;
DROP TABLE divisions;
