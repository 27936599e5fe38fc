-- +goose Up
-- A minor's case is published only with a guardian's consent as well.
ALTER TABLE cases ADD COLUMN guardian_consent BOOLEAN NOT NULL DEFAULT FALSE;

-- Counting the closed cases that share a case study's generalized facts.
CREATE INDEX cases_class_idx ON cases (category, received_on) WHERE status = 'closed';

-- Anonymized case studies drafted from closed cases and shared across associations.
CREATE TABLE case_studies (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    slug            TEXT NOT NULL UNIQUE, -- the public id; the source case id is never published
    case_id         INTEGER NOT NULL UNIQUE REFERENCES cases (id),
    association_id  INTEGER NOT NULL REFERENCES associations (id),
    status          TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'approved', 'published', 'withdrawn')),
    title           TEXT NOT NULL,
    narrative       TEXT NOT NULL,
    mediator_action TEXT NOT NULL DEFAULT '',
    lesson          TEXT NOT NULL DEFAULT '',
    tip             TEXT NOT NULL DEFAULT '',
    category        TEXT NOT NULL,
    tags            TEXT NOT NULL DEFAULT '',
    region_code     TEXT NOT NULL, -- a province or city code, or 000000 for the whole country
    period          TEXT NOT NULL, -- 2026-03, 2026-Q1 or 2026
    year            INTEGER NOT NULL,
    amount_band     TEXT NOT NULL,
    outcome         TEXT NOT NULL,
    amount_recovered_band TEXT NOT NULL DEFAULT '',
    age_band        TEXT NOT NULL DEFAULT '',
    k_anonymity     INTEGER NOT NULL,
    l_diversity     INTEGER NOT NULL,
    needs_review    BOOLEAN NOT NULL,
    review_note     TEXT NOT NULL DEFAULT '',
    spans           TEXT NOT NULL DEFAULT '[]', -- what the anonymizer replaced, for the editor
    created_by      INTEGER NOT NULL REFERENCES users (id),
    approved_by     INTEGER REFERENCES users (id),
    created_at      DATETIME NOT NULL,
    updated_at      DATETIME NOT NULL,
    published_at    DATETIME,
    withdrawn_at    DATETIME,
    withdrawn_reason TEXT NOT NULL DEFAULT '',
    version         INTEGER NOT NULL
);
CREATE INDEX case_studies_status_idx ON case_studies (status, published_at DESC);
CREATE INDEX case_studies_association_idx ON case_studies (association_id, status);

-- The search index: character bigrams of the Chinese text and words of the rest, the same
-- on both databases (neither has a Chinese segmenter built in).
CREATE TABLE case_study_terms (
    case_study_id INTEGER NOT NULL REFERENCES case_studies (id) ON DELETE CASCADE,
    term          TEXT NOT NULL,
    tf            INTEGER NOT NULL,
    PRIMARY KEY (term, case_study_id)
);
CREATE INDEX case_study_terms_study_idx ON case_study_terms (case_study_id);

-- Consumer tips (消费提示) published by supervisors, linked to topics and case studies.
CREATE TABLE tips (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    association_id INTEGER NOT NULL REFERENCES associations (id),
    title          TEXT NOT NULL,
    body           TEXT NOT NULL,
    category       TEXT NOT NULL DEFAULT '',
    tag            TEXT NOT NULL DEFAULT '',
    case_studies   TEXT NOT NULL DEFAULT '', -- slugs, comma-separated
    published_at   DATETIME NOT NULL,
    created_by     INTEGER NOT NULL REFERENCES users (id)
);
CREATE INDEX tips_published_idx ON tips (published_at DESC);

-- +goose Down
DROP TABLE tips;
DROP TABLE case_study_terms;
DROP TABLE case_studies;
DROP INDEX cases_class_idx;
ALTER TABLE cases DROP COLUMN guardian_consent;
