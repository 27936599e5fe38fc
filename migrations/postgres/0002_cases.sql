-- +goose Up
-- The registry of respondents: found by USCC, else by normalized name.
CREATE TABLE businesses (
    id              BIGSERIAL PRIMARY KEY,
    name            TEXT NOT NULL,
    normalized_name TEXT NOT NULL,
    uscc            TEXT UNIQUE,
    division_code   TEXT,
    created_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX businesses_normalized_name_idx ON businesses (normalized_name);

-- Business users answer for their business.
CREATE TABLE business_users (
    user_id     BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    business_id BIGINT NOT NULL REFERENCES businesses (id)
);

CREATE TABLE cases (
    id                             BIGSERIAL PRIMARY KEY,
    tracking_number                TEXT NOT NULL UNIQUE,
    access_code_hash               TEXT NOT NULL,
    association_id                 BIGINT NOT NULL REFERENCES associations (id),
    status                         TEXT NOT NULL CHECK (status IN ('submitted', 'accepted', 'in_mediation', 'closed')),
    waiting_on                     TEXT NOT NULL CHECK (waiting_on IN ('none', 'business', 'consumer')),
    outcome                        TEXT NOT NULL DEFAULT '',
    reject_reason                  TEXT NOT NULL DEFAULT '',
    consumer_name                  TEXT NOT NULL,
    consumer_mobile                TEXT NOT NULL,
    consumer_email                 TEXT NOT NULL DEFAULT '',
    consumer_id_number             TEXT NOT NULL DEFAULT '',
    consumer_division              TEXT NOT NULL,
    consumer_age_band              TEXT NOT NULL DEFAULT '',
    consumer_is_minor              BOOLEAN NOT NULL DEFAULT FALSE,
    consumer_user_id               BIGINT REFERENCES users (id),
    business_id                    BIGINT NOT NULL REFERENCES businesses (id),
    business_name                  TEXT NOT NULL,
    business_platform              TEXT NOT NULL DEFAULT '',
    business_division              TEXT NOT NULL DEFAULT '',
    category                       TEXT NOT NULL,
    tags                           TEXT NOT NULL DEFAULT '', -- ",tag1,tag2,": LIKE '%,tag,%' in both dialects
    title                          TEXT NOT NULL,
    narrative                      TEXT NOT NULL,
    amount_fen                     BIGINT,
    occurred_on                    DATE,
    desired_resolution             TEXT NOT NULL DEFAULT '',
    consent_to_publish             BOOLEAN NOT NULL DEFAULT FALSE,
    channel                        TEXT NOT NULL DEFAULT 'web',
    assignee_id                    BIGINT REFERENCES users (id),
    possible_duplicate_of          BIGINT REFERENCES cases (id),
    received_at                    TIMESTAMPTZ NOT NULL,
    received_on                    DATE NOT NULL, -- the day of receipt in Beijing time, for statistics
    acceptance_start               DATE NOT NULL,
    acceptance_days                INTEGER NOT NULL,
    acceptance_stopped_at          TIMESTAMPTZ,
    acceptance_stopped_days        INTEGER NOT NULL DEFAULT 0,
    accepted_at                    TIMESTAMPTZ,
    accepted_in_time               BOOLEAN,
    resolution_start               DATE,
    resolution_days                INTEGER NOT NULL DEFAULT 0,
    resolution_stopped_at          TIMESTAMPTZ,
    resolution_stopped_days        INTEGER NOT NULL DEFAULT 0,
    mediation_started_at           TIMESTAMPTZ,
    business_due                   DATE,
    business_responded_at          TIMESTAMPTZ,
    closed_at                      TIMESTAMPTZ,
    resolved_in_time               BOOLEAN,
    agreement_terms                TEXT,
    agreement_amount_fen           BIGINT,
    agreement_proposed_at          TIMESTAMPTZ,
    agreement_consumer_accepted_at TIMESTAMPTZ,
    agreement_consumer_refused_at  TIMESTAMPTZ,
    agreement_business_accepted_at TIMESTAMPTZ,
    rating_score                   INTEGER CHECK (rating_score BETWEEN 1 AND 5),
    rating_comment                 TEXT,
    rated_at                       TIMESTAMPTZ,
    current_due                    DATE,
    version                        BIGINT NOT NULL,
    created_at                     TIMESTAMPTZ NOT NULL,
    updated_at                     TIMESTAMPTZ NOT NULL
);
-- The inbox: an association's cases, newest first, and by deadline.
CREATE INDEX cases_inbox_idx ON cases (association_id, received_at DESC, id DESC);
CREATE INDEX cases_due_idx ON cases (association_id, current_due, id);
CREATE INDEX cases_consumer_user_idx ON cases (consumer_user_id);
CREATE INDEX cases_business_idx ON cases (business_id, received_at DESC);
CREATE INDEX cases_duplicate_idx ON cases (consumer_mobile, business_id, received_at);
CREATE INDEX cases_assignee_idx ON cases (assignee_id);
CREATE INDEX cases_stats_idx ON cases (association_id, received_on);

-- Append-only history; each row's hash covers it and the previous row's hash.
CREATE TABLE case_events (
    id          BIGSERIAL PRIMARY KEY,
    case_id     BIGINT NOT NULL REFERENCES cases (id),
    seq         INTEGER NOT NULL,
    at          TIMESTAMPTZ NOT NULL,
    actor_kind  TEXT NOT NULL,
    actor_id    BIGINT,
    actor_name  TEXT NOT NULL DEFAULT '',
    type        TEXT NOT NULL,
    visibility  TEXT NOT NULL CHECK (visibility IN ('internal', 'parties', 'public')),
    payload     TEXT NOT NULL,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL,
    UNIQUE (case_id, seq)
);

CREATE TABLE tracking_counters (
    prefix TEXT NOT NULL,
    year   INTEGER NOT NULL,
    last   BIGINT NOT NULL,
    PRIMARY KEY (prefix, year)
);

CREATE TABLE idempotency_keys (
    key          TEXT PRIMARY KEY,
    request_hash TEXT NOT NULL,
    done         BOOLEAN NOT NULL DEFAULT FALSE,
    response     TEXT,
    created_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at);

-- The working-day calendar: listed holidays and make-up working days (调休).
CREATE TABLE calendar_days (
    day  DATE PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
    name TEXT NOT NULL DEFAULT ''
);

-- Deadline rules in working days, by effective date; association_id NULL is the default.
CREATE TABLE deadline_rules (
    id                     BIGSERIAL PRIMARY KEY,
    association_id         BIGINT REFERENCES associations (id) ON DELETE CASCADE,
    effective_from         DATE NOT NULL,
    acceptance_days        INTEGER NOT NULL CHECK (acceptance_days > 0),
    mediation_days         INTEGER NOT NULL CHECK (mediation_days > 0),
    business_response_days INTEGER NOT NULL CHECK (business_response_days > 0),
    basis                  TEXT NOT NULL DEFAULT ''
);
INSERT INTO deadline_rules (association_id, effective_from, acceptance_days, mediation_days, business_response_days, basis) VALUES
    (NULL, '2019-01-01', 7, 45, 10, '市场监督管理投诉举报处理暂行办法（2019）'),
    (NULL, '2026-04-15', 7, 45, 10, '市场监督管理投诉处理办法（2026年4月15日起施行）');

CREATE TABLE attachments (
    id           BIGSERIAL PRIMARY KEY,
    case_id      BIGINT NOT NULL REFERENCES cases (id),
    uploaded_by  TEXT NOT NULL,
    uploader_id  BIGINT,
    filename     TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes   BIGINT NOT NULL,
    sha256       TEXT NOT NULL,
    storage_key  TEXT NOT NULL,
    visibility   TEXT NOT NULL CHECK (visibility IN ('internal', 'parties')),
    created_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX attachments_case_idx ON attachments (case_id);

-- +goose Down
DROP TABLE attachments;
DROP TABLE deadline_rules;
DROP TABLE calendar_days;
DROP TABLE idempotency_keys;
DROP TABLE tracking_counters;
DROP TABLE case_events;
DROP TABLE cases;
DROP TABLE business_users;
DROP TABLE businesses;
