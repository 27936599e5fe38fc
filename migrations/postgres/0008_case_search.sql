-- +goose Up
-- The inbox search finds a case by any part of its tracking number, the consumer's name,
-- the business's name or the title (LIKE '%…%'), and by the consumer's mobile (equality,
-- served by cases_duplicate_idx). Trigram indexes serve the substring searches, of three
-- characters or more, and the equality a shorter word (a whole name, 李娜) searches; pg_trgm
-- is a trusted extension, so the database's owner may create it. Not the narrative: its
-- index would be ten times the others together (74 MB for 100,000 cases) and slow every
-- intake, for what the case-study library and the filters already serve.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX cases_search_tracking_idx ON cases USING gin (tracking_number gin_trgm_ops);
CREATE INDEX cases_search_consumer_idx ON cases USING gin (consumer_name gin_trgm_ops);
CREATE INDEX cases_search_business_idx ON cases USING gin (business_name gin_trgm_ops);
CREATE INDEX cases_search_title_idx ON cases USING gin (title gin_trgm_ops);

-- +goose Down
DROP INDEX cases_search_title_idx;
DROP INDEX cases_search_business_idx;
DROP INDEX cases_search_consumer_idx;
DROP INDEX cases_search_tracking_idx;
