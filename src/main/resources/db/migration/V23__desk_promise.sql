-- Issue 17, "the promise holds on the desk too". Written for H2 (PostgreSQL mode) and PostgreSQL alike.
-- superseded_by: the draft published later for the same market date, which readers now see instead; the
-- superseded one stays readable at its own URL. NULL while live (or never published).
ALTER TABLE drafts ADD COLUMN superseded_by BIGINT;
CREATE INDEX drafts_as_of ON drafts (as_of);

-- Editor-sourced facts: a figure the sheet lacks, added by an editor with its source and cited as [E1], [E2]…
-- Insert-only, like versions and events; who added each one is kept here and in the audit trail.
CREATE TABLE draft_facts (
    draft_id        BIGINT NOT NULL REFERENCES drafts (id),
    seq             INTEGER NOT NULL,          -- the N of EN
    subject         VARCHAR(32) NOT NULL,
    label           VARCHAR(200) NOT NULL,
    fact_value      DOUBLE PRECISION NOT NULL, -- full precision, as given
    unit            VARCHAR(16) NOT NULL,
    as_of           DATE NOT NULL,
    source_title    VARCHAR(300) NOT NULL,
    source_url      VARCHAR(2000),
    source_document VARCHAR(300),
    added_by        VARCHAR(64) NOT NULL,
    added_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (draft_id, seq)
);
