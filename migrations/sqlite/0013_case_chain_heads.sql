-- +goose Up
-- Each case records the head of its event chain (the last event's sequence number and
-- hash) as the chain is appended to, so that audit verify finds a chain that lost events
-- since, even before a checkpoint holds it.
ALTER TABLE cases ADD COLUMN chain_seq INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cases ADD COLUMN chain_hash TEXT NOT NULL DEFAULT '';
UPDATE cases SET
    chain_seq = (SELECT MAX(e.seq) FROM case_events e WHERE e.case_id = cases.id),
    chain_hash = (SELECT e.hash FROM case_events e WHERE e.case_id = cases.id ORDER BY e.seq DESC LIMIT 1)
WHERE EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = cases.id);

-- +goose Down
ALTER TABLE cases DROP COLUMN chain_hash;
ALTER TABLE cases DROP COLUMN chain_seq;
