-- +goose Up
-- Roll-ups of the cases, so dashboards read thousands of rows, not millions: each case
-- adds n to (association, dimension, day, key) rows, where day is the date received
-- (Beijing) except for the staff_closed and staff_handling rows, dated by closure. Each
-- row but the open and staff_open ones has a monthly twin (dim@m, dated on the first of
-- the month), so a year reads twelve rows where it would read 365. The
-- durations (accept_h, close_h, staff_handling) are bucketed in hours: 6-hour buckets
-- under two days, daily ones under ten days, 5-day ones beyond. The repository keeps the
-- rows in the same transaction as each change of a case; the statement below recounts
-- them from the cases, here for the cases already filed.
CREATE TABLE case_stats (
    association_id BIGINT NOT NULL REFERENCES associations (id),
    dim            TEXT   NOT NULL,
    day            DATE   NOT NULL, -- YYYY-MM-DD
    key            TEXT   NOT NULL,
    n              BIGINT NOT NULL,
    PRIMARY KEY (association_id, dim, day, key)
);

-- +goose StatementBegin
WITH c AS (
    SELECT association_id, received_on, status, outcome, category, channel, consumer_division, tags, rating_score,
           accepted_at, closed_at, coalesce(amount_fen, 0) AS amount_fen, coalesce(agreement_amount_fen, 0) AS agreement_amount_fen,
           accepted_in_time, resolved_in_time, assignee_id,
           date(closed_at, '+8 hours') AS closed_on,
           CAST((julianday(accepted_at) - julianday(received_at)) * 24 AS INTEGER) AS accept_h,
           CAST((julianday(closed_at) - julianday(received_at)) * 24 AS INTEGER) AS close_h,
           CAST((julianday(closed_at) - julianday(accepted_at)) * 24 AS INTEGER) AS handling_h
    FROM cases
), f AS (
SELECT association_id, dim, day, key, sum(n) AS n FROM (
    SELECT association_id, 'status' AS dim, received_on AS day, status AS key, 1 AS n FROM c
    UNION ALL SELECT association_id, 'outcome', received_on, outcome, 1 FROM c WHERE outcome <> ''
    UNION ALL SELECT association_id, 'category', received_on, category, 1 FROM c
    UNION ALL SELECT association_id, 'channel', received_on, channel, 1 FROM c
    UNION ALL SELECT association_id, 'province', received_on, substr(consumer_division, 1, 2) || '0000', 1 FROM c
    UNION ALL SELECT association_id, 'tags', received_on, tags, 1 FROM c WHERE tags <> ''
    UNION ALL SELECT association_id, 'rating', received_on, CAST(rating_score AS TEXT), 1 FROM c WHERE rating_score IS NOT NULL
    UNION ALL SELECT association_id, 'sum', received_on, 'received', 1 FROM c
    UNION ALL SELECT association_id, 'sum', received_on, 'accepted', 1 FROM c WHERE accepted_at IS NOT NULL
    UNION ALL SELECT association_id, 'sum', received_on, 'closed', 1 FROM c WHERE status = 'closed'
    UNION ALL SELECT association_id, 'sum', received_on, 'amount_fen', amount_fen FROM c WHERE amount_fen <> 0
    UNION ALL SELECT association_id, 'sum', received_on, 'recovered_fen', agreement_amount_fen FROM c WHERE outcome = 'agreement' AND agreement_amount_fen <> 0
    UNION ALL SELECT association_id, 'sum', received_on, 'accepted_in_time', 1 FROM c WHERE accepted_in_time
    UNION ALL SELECT association_id, 'sum', received_on, 'accepted_judged', 1 FROM c WHERE accepted_in_time IS NOT NULL
    UNION ALL SELECT association_id, 'sum', received_on, 'resolved_in_time', 1 FROM c WHERE resolved_in_time
    UNION ALL SELECT association_id, 'sum', received_on, 'resolved_judged', 1 FROM c WHERE resolved_in_time IS NOT NULL
    UNION ALL SELECT association_id, 'sum', received_on, 'mediation_successes', 1 FROM c WHERE outcome IN ('agreement', 'business_remedied')
    UNION ALL SELECT association_id, 'sum', received_on, 'mediation_closures', 1 FROM c WHERE outcome IN ('agreement', 'business_remedied', 'failed', 'terminated')
    UNION ALL SELECT association_id, 'sum', received_on, 'ratings', 1 FROM c WHERE rating_score IS NOT NULL
    UNION ALL SELECT association_id, 'sum', received_on, 'rating_sum', rating_score FROM c WHERE rating_score IS NOT NULL
    UNION ALL SELECT association_id, 'accept_h', received_on, CAST((CASE WHEN accept_h < 0 THEN 0 WHEN accept_h < 48 THEN accept_h / 6 * 6 WHEN accept_h < 240 THEN accept_h / 24 * 24 ELSE accept_h / 120 * 120 END) AS TEXT), 1 FROM c WHERE accepted_at IS NOT NULL
    UNION ALL SELECT association_id, 'close_h', received_on, CAST((CASE WHEN close_h < 0 THEN 0 WHEN close_h < 48 THEN close_h / 6 * 6 WHEN close_h < 240 THEN close_h / 24 * 24 ELSE close_h / 120 * 120 END) AS TEXT), 1 FROM c WHERE closed_at IS NOT NULL
    UNION ALL SELECT association_id, 'open', received_on, '', 1 FROM c WHERE status <> 'closed'
    UNION ALL SELECT association_id, 'staff_open', received_on, CAST(assignee_id AS TEXT), 1 FROM c WHERE status <> 'closed' AND assignee_id IS NOT NULL
    UNION ALL SELECT association_id, 'staff_closed', closed_on, CAST(assignee_id AS TEXT), 1 FROM c WHERE status = 'closed' AND assignee_id IS NOT NULL AND closed_at IS NOT NULL
    UNION ALL SELECT association_id, 'staff_handling', closed_on, CAST(assignee_id AS TEXT) || ':' || CAST((CASE WHEN handling_h < 0 THEN 0 WHEN handling_h < 48 THEN handling_h / 6 * 6 WHEN handling_h < 240 THEN handling_h / 24 * 24 ELSE handling_h / 120 * 120 END) AS TEXT), 1 FROM c
        WHERE status = 'closed' AND assignee_id IS NOT NULL AND closed_at IS NOT NULL AND accepted_at IS NOT NULL
) u GROUP BY association_id, dim, day, key
)
INSERT INTO case_stats (association_id, dim, day, key, n)
SELECT association_id, dim, day, key, n FROM f
UNION ALL
SELECT association_id, dim || '@m', date(day, 'start of month'), key, sum(n) FROM f WHERE dim NOT IN ('open', 'staff_open')
GROUP BY association_id, dim, date(day, 'start of month'), key;
-- +goose StatementEnd

-- +goose Down
DROP TABLE case_stats;
