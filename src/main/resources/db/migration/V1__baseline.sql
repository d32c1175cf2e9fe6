-- Factline store. Migrations are written for both H2 (PostgreSQL mode) and PostgreSQL:
-- plain SQL types, TIMESTAMP WITH TIME ZONE for instants, JSON documents as TEXT.
-- Version ranges, so features can add migrations independently:
--   V1-V9 shared, V10-V19 drafts/users (editors' desk), V20-V29 market data and jobs.
CREATE TABLE factline_info (
    info_key   VARCHAR(64) PRIMARY KEY,
    info_value VARCHAR(256) NOT NULL
);
INSERT INTO factline_info (info_key, info_value) VALUES ('schema', 'factline');
