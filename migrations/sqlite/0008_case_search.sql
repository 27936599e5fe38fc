-- +goose Up
-- The inbox search finds a case by any part of its tracking number, the consumer's name,
-- the business's name or the title (not the narrative: see the PostgreSQL migration), and
-- by the consumer's mobile (equality, served by cases_duplicate_idx). A trigram FTS5 index
-- over the cases' own columns serves the substring searches, of three characters or more;
-- the triggers keep it in step with the table. A shorter word is a whole name (李娜), found
-- by its own index.
CREATE INDEX cases_consumer_name_idx ON cases (consumer_name);
CREATE VIRTUAL TABLE cases_search USING fts5 (
    tracking_number, consumer_name, business_name, title,
    content = 'cases', content_rowid = 'id', tokenize = 'trigram'
);

-- +goose StatementBegin
CREATE TRIGGER cases_search_insert AFTER INSERT ON cases BEGIN
    INSERT INTO cases_search (rowid, tracking_number, consumer_name, business_name, title)
    VALUES (new.id, new.tracking_number, new.consumer_name, new.business_name, new.title);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER cases_search_delete AFTER DELETE ON cases BEGIN
    INSERT INTO cases_search (cases_search, rowid, tracking_number, consumer_name, business_name, title)
    VALUES ('delete', old.id, old.tracking_number, old.consumer_name, old.business_name, old.title);
END;
-- +goose StatementEnd

-- Every change of a case rewrites its whole row: reindex only when a searched column changed.
-- +goose StatementBegin
CREATE TRIGGER cases_search_update AFTER UPDATE ON cases
WHEN old.tracking_number IS NOT new.tracking_number OR old.consumer_name IS NOT new.consumer_name
  OR old.business_name IS NOT new.business_name OR old.title IS NOT new.title BEGIN
    INSERT INTO cases_search (cases_search, rowid, tracking_number, consumer_name, business_name, title)
    VALUES ('delete', old.id, old.tracking_number, old.consumer_name, old.business_name, old.title);
    INSERT INTO cases_search (rowid, tracking_number, consumer_name, business_name, title)
    VALUES (new.id, new.tracking_number, new.consumer_name, new.business_name, new.title);
END;
-- +goose StatementEnd

INSERT INTO cases_search (cases_search) VALUES ('rebuild');

-- +goose Down
DROP TRIGGER cases_search_update;
DROP TRIGGER cases_search_delete;
DROP TRIGGER cases_search_insert;
DROP TABLE cases_search;
DROP INDEX cases_consumer_name_idx;
