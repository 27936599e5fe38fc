-- +goose Up
-- Anchors of the event chains: the chain head of every case at the latest checkpoint, and
-- each checkpoint's Merkle root over them (published), so that a deleted event or case is
-- found, not just a broken link.
CREATE TABLE chain_heads (
    case_id BIGINT PRIMARY KEY,
    seq     INTEGER NOT NULL,
    hash    TEXT NOT NULL
);
CREATE TABLE audit_checkpoints (
    id       BIGSERIAL PRIMARY KEY,
    taken_at TIMESTAMPTZ NOT NULL,
    cases    INTEGER NOT NULL,
    root     TEXT NOT NULL
);

-- +goose Down
DROP TABLE audit_checkpoints;
DROP TABLE chain_heads;
